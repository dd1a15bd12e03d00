package se.lofteskollen.command.web;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well over a thousand malformed requests, generated from one valid request per command endpoint, sent as
 * the coordinator (who may send every command, so nothing is refused for want of a right): fields missing,
 * unknown or null, every field given the wrong type, text too long or holding control characters or broken
 * surrogates, dates that are no dates or out of bounds or out of the promise year, broken JSON, bytes that
 * are not UTF-8, a body too large, wrong content types, bad ids in the path. Every one is answered 4xx with
 * problem details and no trace of the implementation, and the event log holds not one event more.
 */
@CommandServiceTest
class GeneratedBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE_TEXT = "x".repeat(20_000);

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    private final HttpClient http = HttpClient.newHttpClient();

    enum Kind { TEXT, DATE, ENUM, INT, DECIMAL, TEXT_LIST, ENUM_LIST, OBJECT, OBJECT_LIST }

    /** One command endpoint: where it is, a valid body, and what each field is. */
    record Endpoint(String method, String pathTemplate, String pathId, String validBody, Map<String, Kind> fields,
                    List<String> required, List<String> badDates) {

        String path() {
            return pathTemplate.formatted(pathId);
        }
    }

    record Case(String description, String method, String path, String contentType, byte[] body,
                Map<String, String> headers) {
    }

    private static final List<String> BAD_DATES = List.of("2025-02-30", "2025-13-01", "2025-00-10", "20250520",
            "2025/05/20", "yesterday", "", " 2025-05-20", "2025-05-20T10:00:00Z", "1999-12-31", "+10000-01-01",
            "0000-01-01", "2101-01-01", "2025-10-01", "2099-05-20");
    /** In the year and in the past, but outside what these commands accept. */
    private static final List<String> OUT_OF_YEAR = List.of("2024-12-31", "2026-01-01");

    private static final java.util.Set<String> TAKES_IDEMPOTENCY_KEY = java.util.Set.of("/api/promises%s",
            "/api/meetings%s", "/api/place-visits%s", "/api/activities%s", "/api/commitments/%s/notes");

    private static Map<String, Kind> fields(Object... kindsByName) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < kindsByName.length; i += 2) {
            fields.put((String) kindsByName[i], (Kind) kindsByName[i + 1]);
        }
        return fields;
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/promises%s", "", """
                        {"promiseId":"bad-input-promise","year":2025,"title":"Löfte","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""",
                        fields("promiseId", Kind.TEXT, "year", Kind.INT, "title", Kind.TEXT, "policeArea", Kind.TEXT,
                                "municipality", Kind.TEXT, "policeRegion", Kind.TEXT, "county", Kind.TEXT,
                                "priorityAreas", Kind.OBJECT_LIST),
                        List.of("year", "title", "policeArea", "municipality", "policeRegion", "county", "priorityAreas"),
                        List.of()),
                new Endpoint("POST", "/api/promises/%s/signatures", "bad-input-open", """
                        {"signedOn":"2025-01-27","signatories":[{"name":"A","title":"Chef","party":"POLICE"},
                         {"name":"B","title":"Kommunalråd","party":"MUNICIPALITY"}]}""",
                        fields("signedOn", Kind.DATE, "signatories", Kind.OBJECT_LIST),
                        List.of("signedOn", "signatories"), List.of("2023-12-31", "2026-01-01")),
                new Endpoint("POST", "/api/promises/%s/closing", "bad-input-open", """
                        {"closedOn":"2025-09-01","summary":"Uppföljt"}""",
                        fields("closedOn", Kind.DATE, "summary", Kind.TEXT),
                        List.of("closedOn"), List.of("2024-12-31")),
                new Endpoint("POST", "/api/promises/%s/commitments", "vastervik-2025", """
                        {"commitmentId":"bad-input-pledge","code":"8.9","priorityArea":"8",
                         "responsible":["POLICE"],"text":"Ett löfte",
                         "targets":[{"type":"DEADLINE","milestone":"klart","dueOn":"2025-06-30"}]}""",
                        fields("commitmentId", Kind.TEXT, "code", Kind.TEXT, "priorityArea", Kind.ENUM,
                                "responsible", Kind.ENUM_LIST, "text", Kind.TEXT, "targets", Kind.OBJECT_LIST),
                        List.of("code", "priorityArea", "responsible", "text"), List.of()),
                new Endpoint("PUT", "/api/commitments/%s", "vastervik-2025-6.2", """
                        {"text":"En ny text","reason":"Ny lägesbild"}""",
                        fields("text", Kind.TEXT, "reason", Kind.TEXT),
                        List.of("text", "reason"), List.of()),
                new Endpoint("POST", "/api/commitments/%s/withdrawal", "vastervik-2025-7.3", """
                        {"reason":"Utgår"}""",
                        fields("reason", Kind.TEXT), List.of("reason"), List.of()),
                new Endpoint("PUT", "/api/commitments/%s/baseline", "vastervik-2025-8.1", """
                        {"value":12,"basis":"dialoger 2024"}""",
                        fields("value", Kind.INT, "basis", Kind.TEXT), List.of("value", "basis"), List.of()),
                new Endpoint("POST", "/api/meetings%s", "", """
                        {"meetingId":"bad-input-meeting","network":"TISTEL","heldOn":"2025-05-20",
                         "commitmentIds":["vastervik-2025-1.1"],"participants":6,"notes":"Anteckning"}""",
                        fields("meetingId", Kind.TEXT, "network", Kind.ENUM, "heldOn", Kind.DATE,
                                "commitmentIds", Kind.TEXT_LIST, "participants", Kind.INT, "notes", Kind.TEXT),
                        List.of("network", "heldOn", "commitmentIds", "participants"), OUT_OF_YEAR),
                new Endpoint("POST", "/api/place-visits%s", "", """
                        {"visitId":"bad-input-visit","commitmentId":"vastervik-2025-6.2",
                         "place":{"name":"Torget","area":"Centrum","lat":57.75,"lon":16.63},"visitedOn":"2025-05-20",
                         "problemPicture":"Stök","measures":"Närvaro"}""",
                        fields("visitId", Kind.TEXT, "commitmentId", Kind.TEXT, "place", Kind.OBJECT,
                                "visitedOn", Kind.DATE, "problemPicture", Kind.TEXT, "measures", Kind.TEXT),
                        List.of("commitmentId", "place", "visitedOn", "measures"), OUT_OF_YEAR),
                new Endpoint("POST", "/api/activities%s", "", """
                        {"activityId":"bad-input-activity","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                         "occurredOn":"2025-05-20","count":2,"place":{"name":"Hamnen","lat":57.7,"lon":16.6},
                         "notes":"Lugnt"}""",
                        fields("activityId", Kind.TEXT, "kind", Kind.ENUM, "commitmentIds", Kind.TEXT_LIST,
                                "occurredOn", Kind.DATE, "count", Kind.INT, "place", Kind.OBJECT, "notes", Kind.TEXT),
                        List.of("kind", "commitmentIds", "occurredOn"), OUT_OF_YEAR),
                new Endpoint("POST", "/api/commitments/%s/milestones", "vastervik-2025-5.1", """
                        {"milestone":"Förstudien om arbetet mot välfärdsbrott klar","reachedOn":"2025-05-20","notes":"Klar"}""",
                        fields("milestone", Kind.TEXT, "reachedOn", Kind.DATE, "notes", Kind.TEXT),
                        List.of("milestone", "reachedOn"), OUT_OF_YEAR),
                new Endpoint("POST", "/api/commitments/%s/notes", "vastervik-2025-7.1", """
                        {"noteId":"bad-input-note","note":"Arbetet pågår"}""",
                        fields("noteId", Kind.TEXT, "note", Kind.TEXT), List.of("note"), List.of()),
                new Endpoint("POST", "/api/reports/%s/retraction", "bad-input-report", """
                        {"reason":"Fel datum"}""",
                        fields("reason", Kind.TEXT), List.of("reason"), List.of()));
    }

    /** Values of the wrong type for a field of each kind: none of them can be read as a valid value. */
    private static List<JsonNode> wrongTypes(Kind kind) {
        return switch (kind) {
            case TEXT -> List.of(NODES.numberNode(123), NODES.numberNode(12.5), NODES.booleanNode(true),
                    NODES.arrayNode(), NODES.objectNode());
            case DATE -> List.of(NODES.numberNode(20_000), NODES.booleanNode(true), array(NODES.numberNode(2025),
                    NODES.numberNode(5), NODES.numberNode(20)), NODES.objectNode());
            case ENUM -> List.of(NODES.numberNode(0), NODES.booleanNode(false), NODES.textNode("NOT_A_VALUE"),
                    NODES.textNode("tistel"), NODES.arrayNode(), NODES.objectNode());
            case INT -> List.of(NODES.textNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(99_999_999_999L), NODES.numberNode(-1),
                    NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40))));
            case DECIMAL -> List.of(NODES.textNode("57"), NODES.booleanNode(true), NODES.numberNode(1000.0));
            case TEXT_LIST -> List.of(NODES.textNode("vastervik-2025-1.1"), NODES.objectNode(), NODES.numberNode(1),
                    array(NODES.numberNode(1)), array(NODES.nullNode()), array(NODES.textNode("")), NODES.arrayNode());
            case ENUM_LIST -> List.of(NODES.textNode("POLICE"), NODES.objectNode(), NODES.numberNode(1),
                    array(NODES.textNode("NOPE")), array(NODES.nullNode()), NODES.arrayNode());
            case OBJECT -> List.of(NODES.textNode("Torget"), NODES.numberNode(1), NODES.arrayNode(),
                    NODES.booleanNode(true), NODES.objectNode());
            case OBJECT_LIST -> List.of(NODES.textNode("x"), NODES.objectNode(), array(NODES.numberNode(1)),
                    array(NODES.objectNode()), array(NODES.objectNode().put("type", "NOPE")));
        };
    }

    private static ArrayNode array(JsonNode... items) {
        ArrayNode array = NODES.arrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }

    private static List<Case> generate(List<Endpoint> endpoints) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            ObjectNode valid = (ObjectNode) read(endpoint.validBody());
            String name = endpoint.method() + " " + endpoint.pathTemplate();
            // Fields missing, or null where required.
            for (String field : endpoint.required()) {
                cases.add(json(endpoint, name + " without " + field, mutated(valid, body -> body.remove(field))));
                cases.add(json(endpoint, name + " with " + field + " null", mutated(valid, body -> body.putNull(field))));
            }
            // Unknown fields, among them a claim to be someone else.
            for (String unknown : List.of("unknownField", "userId", "organisation", "role", "__proto__", "")) {
                cases.add(json(endpoint, name + " with unknown " + unknown, mutated(valid, body -> body.put(unknown, "x"))));
            }
            for (Map.Entry<String, Kind> field : endpoint.fields().entrySet()) {
                String key = field.getKey();
                for (JsonNode wrong : wrongTypes(field.getValue())) {
                    cases.add(json(endpoint, name + " with " + key + "=" + wrong,
                            mutated(valid, body -> body.set(key, wrong))));
                }
                if (field.getValue() == Kind.TEXT) {
                    cases.add(json(endpoint, name + " with a huge " + key, mutated(valid, body -> body.put(key, HUGE_TEXT))));
                    for (String control : List.of("a\u0000b", "a\u001bb", "a\u007fb", "\ud800", "x\udc00y", "a\u0085b")) {
                        cases.add(json(endpoint, name + " with " + key + " holding U+"
                                + Integer.toHexString(control.charAt(control.length() > 1 ? 1 : 0)),
                                mutated(valid, body -> body.put(key, control))));
                    }
                }
                if (field.getValue() == Kind.DATE) {
                    List<String> dates = new ArrayList<>(BAD_DATES);
                    dates.addAll(endpoint.badDates());
                    for (String date : dates) {
                        cases.add(json(endpoint, name + " with " + key + "=\"" + date + "\"",
                                mutated(valid, body -> body.put(key, date))));
                    }
                }
                if (field.getValue() == Kind.OBJECT) {
                    for (JsonNode badPlace : List.of(read("{\"name\":\"\"}"), read("{\"name\":\"T\",\"lat\":91}"),
                            read("{\"name\":\"T\",\"lon\":-181}"), read("{\"name\":\"T\",\"lat\":\"57\"}"),
                            read("{\"name\":\"T\",\"colour\":\"red\"}"), read("{\"name\":\"" + HUGE_TEXT + "\"}"),
                            read("{\"name\":\"a\\u0000\"}"), read("{\"name\":\"T\",\"lat\":1e400}"))) {
                        cases.add(json(endpoint, name + " with " + key + "=" + abbreviated(badPlace.toString()),
                                mutated(valid, body -> body.set(key, badPlace))));
                    }
                }
            }
            // Broken JSON.
            String text = endpoint.validBody();
            for (int tenth = 0; tenth < 10; tenth++) {
                cases.add(raw(endpoint, name + " cut at " + tenth + "/10", text.substring(0, text.length() * tenth / 10)));
            }
            String firstField = text.substring(text.indexOf('"'), text.indexOf(',') > 0 ? text.indexOf(',') : text.lastIndexOf('}'));
            for (String broken : List.of(text + "x", text + "{}", "[" + text + "]", text.replace('"', '\''),
                    text.substring(1), "/* c */" + text, text.replace("}", ",}"), "{" + firstField + "," + text.substring(1),
                    "NaN", "null", "\"text\"", "123", "{", "}", "{\"a\":}", text.replaceFirst("\"", ""),
                    text.replaceFirst(":", "="))) {
                cases.add(raw(endpoint, name + " broken: " + abbreviated(broken), broken));
            }
            // Not UTF-8: bytes spliced into the first text value.
            int quote = text.indexOf(":\"") + 2;
            byte[] head = text.substring(0, quote).getBytes(StandardCharsets.UTF_8);
            byte[] tail = text.substring(quote).getBytes(StandardCharsets.UTF_8);
            for (int[] invalid : new int[][]{{0xFF}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xE2, 0x82}, {0x80},
                    {0xF5, 0x80, 0x80, 0x80}, {0xC3, 0x28}, {0xF0, 0x9F, 0x98}}) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.writeBytes(head);
                for (int b : invalid) {
                    body.write(b);
                }
                body.writeBytes(tail);
                cases.add(new Case(name + " with invalid UTF-8 " + java.util.Arrays.toString(invalid), endpoint.method(),
                        endpoint.path(), "application/json", body.toByteArray(), Map.of()));
            }
            // Too large, and not JSON at all.
            cases.add(raw(endpoint, name + " with a 300 KB body", text.substring(0, text.length() - 1)
                    + ",\"padding\":\"" + "x".repeat(300_000) + "\"}"));
            for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                cases.add(new Case(name + " as " + contentType, endpoint.method(), endpoint.path(), contentType,
                        text.getBytes(StandardCharsets.UTF_8), Map.of()));
            }
            cases.add(new Case(name + " without a content type", endpoint.method(), endpoint.path(), null,
                    text.getBytes(StandardCharsets.UTF_8), Map.of()));
            if (TAKES_IDEMPOTENCY_KEY.contains(endpoint.pathTemplate())) {
                cases.add(new Case(name + " with a huge idempotency key", endpoint.method(), endpoint.path(),
                        "application/json", mutated(valid, body -> body.remove(List.of("promiseId", "meetingId",
                                "visitId", "activityId", "noteId"))).getBytes(StandardCharsets.UTF_8),
                        Map.of("Idempotency-Key", "k".repeat(300))));
            }
            // Bad ids in the path.
            if (!endpoint.pathId().isEmpty()) {
                for (String id : List.of("x".repeat(200), "a%20b", "bad$id", "-starts-with-dash", "no-such-id-anywhere",
                        "%2e%2e", "a%00b", "a%0d%0ab", "%C3%28")) {
                    cases.add(new Case(name + " with path id " + abbreviated(id), endpoint.method(),
                            endpoint.pathTemplate().formatted(id), "application/json",
                            text.getBytes(StandardCharsets.UTF_8), Map.of()));
                }
            }
        }
        return cases;
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mutated body as JSON text; non-ASCII as escapes, so that a lone surrogate reaches the service as one. */
    private static String mutated(ObjectNode valid, Consumer<ObjectNode> mutation) {
        ObjectNode copy = valid.deepCopy();
        mutation.accept(copy);
        try {
            return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case json(Endpoint endpoint, String description, String body) {
        return raw(endpoint, description, body);
    }

    private static Case raw(Endpoint endpoint, String description, String body) {
        return new Case(description, endpoint.method(), endpoint.path(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private HttpResponse<String> send(Case request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("samordnare:samordnare".getBytes(StandardCharsets.UTF_8)));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overAThousandMalformedRequestsAreEachAnswered4xxAndStoreNothing() throws Exception {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"bad-input-open","year":2025,"title":"Öppet","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        api.post("samordnare", "/api/activities", """
                {"activityId":"bad-input-report","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                 "occurredOn":"2025-05-20"}""");
        List<Case> cases = generate(endpoints());
        long eventsBefore = events.count();

        List<String> wrong = new ArrayList<>();
        for (Case request : cases) {
            HttpResponse<String> response = send(request);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                wrong.add(response.statusCode() + " for " + request.description() + ": " + abbreviated(response.body()));
            } else if (!contentType.startsWith("application/problem+json")) {
                wrong.add("no problem details (" + contentType + ") for " + request.description());
            } else if (response.body().contains("Exception") || response.body().contains("at se.lofteskollen")
                    || response.body().contains("org.springframework") || response.body().contains("com.fasterxml")) {
                wrong.add("implementation shown for " + request.description() + ": " + response.body());
            } else if (!JSON.readTree(response.body()).path("detail").isTextual()) {
                wrong.add("no detail naming the problem for " + request.description() + ": " + response.body());
            }
        }

        assertThat(cases).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(wrong).as("requests not answered 4xx with problem details (of %d)", cases.size()).isEmpty();
        assertThat(events.count()).as("events stored by malformed requests").isEqualTo(eventsBefore);
    }

    /**
     * The generator's own check: each endpoint's valid body is accepted, so the cases fail for their mutation.
     * Sent against a promise of its own with the same codes, so that the default data stays as other tests expect.
     */
    @Test
    void theValidBodiesTheCasesAreMadeFromAreValid() throws Exception {
        String promise = "valid-input-2025";
        api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Giltigt","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""".formatted(promise));
        api.post("samordnare", "/api/promises", """
                {"promiseId":"valid-input-open","year":2025,"title":"Öppet","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        for (String[] pledge : new String[][]{{"1.1", "1", ""}, {"5.1", "5",
                "{\"type\":\"DEADLINE\",\"milestone\":\"Förstudien om arbetet mot välfärdsbrott klar\",\"dueOn\":\"2025-06-30\"}"},
                {"6.2", "6", ""}, {"6.3", "6", ""}, {"7.1", "7", ""},
                {"7.3", "7", ""}, {"8.1", "8",
                "{\"type\":\"INCREASE\",\"measure\":{\"report\":\"ACTIVITY\",\"activity\":\"CITIZEN_DIALOGUE\"}}"}}) {
            assertThat(api.post("samordnare", "/api/promises/" + promise + "/commitments", """
                    {"code":"%s","priorityArea":"%s","responsible":["POLICE","MUNICIPALITY"],"text":"Ett löfte",
                     "targets":[%s]}""".formatted(pledge[0], pledge[1], pledge[2])).status().is2xxSuccessful()).isTrue();
        }
        api.post("samordnare", "/api/activities", """
                {"activityId":"valid-input-report","kind":"FOOT_PATROL","commitmentIds":["%s-6.3"],
                 "occurredOn":"2025-05-20"}""".formatted(promise));
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.path().replace("vastervik-2025", promise).replace("bad-input", "valid-input");
            String body = endpoint.validBody().replace("vastervik-2025", promise).replace("bad-input", "valid-input");
            HttpResponse<String> response = send(new Case("valid", endpoint.method(), path, "application/json",
                    body.getBytes(StandardCharsets.UTF_8), Map.of()));
            assertThat(response.statusCode()).as(endpoint.method() + " " + path + ": " + response.body())
                    .isBetween(200, 299);
        }
    }
}
