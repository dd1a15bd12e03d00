package se.lofteskollen.command.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.RawHttp;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator sends a promise's published text and gets a draft back; nothing is stored. */
@CommandServiceTest
class PromiseDraftOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void theDraftOfVastervikHasItsCommitmentsAndTargetsAndNothingIsStored() throws IOException {
        long before = events.count();

        HttpResponse<String> answer = draft("text/plain; charset=UTF-8", vastervik());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode draft = JSON.readTree(answer.body());
        assertThat(draft.path("promise").path("year").asInt()).isEqualTo(2025);
        assertThat(draft.path("promise").path("priorityAreas")).hasSize(8);
        assertThat(draft.path("promise").path("parties").toString()).isEqualTo(
                "[{\"code\":\"POLICE\",\"name\":\"Lokalpolisområde Västervik\",\"organisation\":null},"
                        + "{\"code\":\"MUNICIPALITY\",\"name\":\"Västerviks kommun\",\"organisation\":null}]");
        assertThat(draft.path("commitments")).hasSize(24);
        JsonNode placeVisits = draft.path("commitments").get(18);
        assertThat(placeVisits.path("code").asText()).isEqualTo("6.2");
        assertThat(placeVisits.path("responsible").toString()).isEqualTo("[\"POLICE\"]");
        assertThat(placeVisits.path("targets").toString()).isEqualTo(
                "[{\"type\":\"COUNT\",\"measure\":{\"report\":\"PLACE_VISIT\",\"network\":null,\"activity\":null},\"atLeast\":100}]");
        assertThat(draft.path("findings").toString()).contains("\"because\":\"minst hundra platsbesök på ett år\"");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsRefusedNamingTheText() {
        HttpResponse<String> answer = draft("text/plain", new byte[0]);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(field(answer)).isEqualTo("text");
    }

    @Test
    void aBodyThatIsNotTextIsRefusedNamingTheText() {
        assertThat(draft("text/plain", new byte[]{(byte) 0xC3, 0x28, 0x00, 0x01}).statusCode()).isEqualTo(400);
        HttpResponse<String> json = draft("application/json", "{\"text\":\"Polisen ska\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(field(json)).isEqualTo("text");
    }

    @Test
    void aTextOverTwoHundredKilobytesIsRefusedAsTooLarge() {
        HttpResponse<String> answer = draft("text/plain", "1.1 Polisen ska. ".repeat(13_000).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(field(answer)).isEqualTo("text");
    }

    @Test
    void theDraftIsSentAsItIsToCreateThePromiseAndPledgeItsCommitments() throws IOException {
        String text = """
                # Medborgarlöfte 2025 — Lokalpolisområde Vimmerby och Hultsfreds kommun

                ## Områden som prioriteras
                1. Trygg skolväg
                2. Narkotika bland unga

                ## Polisen och kommunen lovar
                1.1 Kommunen ska kartlägga skolvägarna senast den 30 september.
                1.2 Polisen ska genomföra minst femtio platsbesök vid
                    skolorna under året.
                2.1 Polisen och kommunen ska samverka inom ramen för SSPF som ska träffas minst sex gånger per år.
                2.2 Polisen ska arbeta för att öka antalet medborgardialoger.
                2.3 Kommunen ska ta fram en lägesbild över narkotikahandeln varje vecka.
                """;
        JsonNode draft = JSON.readTree(draft("text/plain", text.getBytes(StandardCharsets.UTF_8)).body());
        ObjectNode promise = (ObjectNode) draft.path("promise");
        promise.put("promiseId", "hultsfred-draft-2025").put("policeRegion", "Polisregion Öst").put("county", "Kalmar län");

        Answer created = api.post("samordnare", "/api/promises", promise.toString());

        assertThat(created.status()).as(created.body().toString()).isEqualTo(HttpStatus.CREATED);
        assertThat(draft.path("commitments")).hasSize(5);
        for (JsonNode commitment : draft.path("commitments")) {
            Answer pledged = api.post("samordnare", "/api/promises/hultsfred-draft-2025/commitments", commitment.toString());
            assertThat(pledged.status()).as(commitment.toString() + " → " + pledged.body()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(events.of("hultsfred-draft-2025-1.2")).singleElement()
                .satisfies(pledged -> assertThat(pledged.payload().path("targets").toString()).contains("\"atLeast\":50"));
    }

    @Test
    void aReporterMayNotDraftAPromise() {
        HttpResponse<String> answer = new RawHttp(port).basic("polis", "polis")
                .send("POST", "/api/promise-drafts", "1.1 Polisen ska.".getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "text/plain");

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> draft(String contentType, byte[] body) {
        return new RawHttp(port).basic("samordnare", "samordnare")
                .send("POST", "/api/promise-drafts", body, "Content-Type", contentType);
    }

    private static String field(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("field").asText(null);
        } catch (IOException notJson) {
            throw new AssertionError("not JSON: " + answer.body(), notJson);
        }
    }

    private static byte[] vastervik() throws IOException {
        try (InputStream text = PromiseDraftOverHttpTest.class.getResourceAsStream("/draft/medborgarlofte-2025-vastervik.md")) {
            return text.readAllBytes();
        }
    }
}
