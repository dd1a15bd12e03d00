package se.lofteskollen.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import se.lofteskollen.platform.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The README's backup of the event log alone ("Backing up and restoring the event store"), done as an operator does it
 * with psql: reports are made and every figure of the Västervik promise is read; the event log is copied out (binary
 * COPY, and its sequence's value); the database is dropped and created again; both services start on it once, which
 * makes their empty tables; the events are copied back; both services start on it again. The command-service rebuilds
 * its lookup tables from the events before it takes a command, the query-service builds its read models from the
 * first event, and every figure is what it was: each commitment's progress on two dates, its details and its history.
 */
class BackupAndRestoreDrillTest {

    static final String PROMISE = "vastervik-2025";

    private long lastPosition;

    @Test
    void theEventLogAloneRestoredIntoANewDatabaseGivesBackEveryFigure(@TempDir Path archive) throws Exception {
        Path events = archive.resolve("events.bin");
        Path sequence = archive.resolve("events.seq");
        String databaseUrl = TestDatabase.newDatabaseUrl();
        Psql psql = Psql.on(databaseUrl);
        Map<String, JsonNode> before;
        try (BothServices services = new BothServices(databaseUrl, List.of(), List.of())) {
            reportSomeOfTheYear(services);
            before = figures(services);

            psql.run("-c", "\\copy domain_event_entry TO '" + events + "' (FORMAT binary)");
            psql.run(sequence, "-At", "-c", "SELECT last_value FROM domain_event_entry_global_index_seq");
        }
        assertThat(Files.size(events)).isPositive();

        dropAndCreate(databaseUrl);
        // The first start makes the empty tables (the local profile's default data switched off, as in production).
        new BothServices(databaseUrl, List.of("lofteskollen.seed.enabled=false"), List.of()).close();
        String lastValue = Files.readString(sequence, StandardCharsets.UTF_8).strip();
        psql.run("-1",
                "-c", "\\copy domain_event_entry FROM '" + events + "' (FORMAT binary)",
                "-c", "SELECT setval('domain_event_entry_global_index_seq', GREATEST(" + lastValue
                        + ", (SELECT max(global_index) FROM domain_event_entry)))");

        try (BothServices restored = new BothServices(databaseUrl, List.of(), List.of())) {
            assertThat(figures(restored)).isEqualTo(before);

            // The lookups are back: a revised party may report, a withdrawn commitment takes no report.
            long lastRestored = lastPosition;
            long afterTheRestore = report(restored, "kommun", "restored-visit-3.3", "3.3");
            assertThat(afterTheRestore).as("the sequence continues past the restored events").isGreaterThan(lastRestored);
            assertThatThrownBy(() -> report(restored, "samordnare", "restored-visit-7.2", "7.2"))
                    .isInstanceOfSatisfying(HttpClientErrorException.class,
                            refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
            report(restored, "polis", "restored-visit-6.2", "6.2");
            assertThat(placeVisitsCounted(restored)).isEqualTo(placeVisitsCounted(before) + 1);
        }
    }

    /** Meetings, place visits, situation pictures, dialogues, a milestone, a baseline, a revision, a retraction, a withdrawal. */
    private void reportSomeOfTheYear(BothServices services) {
        for (String day : List.of("2025-02-12", "2025-05-14")) {
            send(services, "polis", "/api/meetings", Map.of("network", "TISTEL", "heldOn", day,
                    "commitmentIds", List.of(commitment("1.1"), commitment("5.2")), "participants", 9));
        }
        for (int i = 0; i < 12; i++) {
            report(services, "polis", "visit-" + i, "6.2", LocalDate.of(2025, 1, 6).plusDays(9L * i));
        }
        for (LocalDate monday = LocalDate.of(2025, 1, 6); monday.isBefore(LocalDate.of(2025, 4, 1)); monday = monday.plusWeeks(1)) {
            send(services, "kommun", "/api/activities", Map.of("kind", "SITUATION_PICTURE",
                    "commitmentIds", List.of(commitment("6.1")), "occurredOn", monday.toString()));
        }
        send(services, "kommun", "/api/commitments/" + commitment("6.1") + "/milestones",
                Map.of("milestone", "Polisanmälningar kan importeras i EST-systemet", "reachedOn", "2025-05-20"));
        put(services, "/api/commitments/" + commitment("8.1") + "/baseline", Map.of("value", 12, "basis", "medborgardialoger 2024"));
        send(services, "polis", "/api/activities", Map.of("kind", "CITIZEN_DIALOGUE",
                "commitmentIds", List.of(commitment("8.1")), "occurredOn", "2025-03-12", "count", 4));
        put(services, "/api/commitments/" + commitment("3.3"), Map.of("responsible", List.of("POLICE", "MUNICIPALITY"),
                "reason", "Kommunen deltar"));
        send(services, "polis", "/api/reports/visit-1/retraction", Map.of("reason", "dubbelregistrerat"));
        send(services, "samordnare", "/api/commitments/" + commitment("7.2") + "/withdrawal", Map.of("reason", "ingår i 7.1"));
    }

    /**
     * What the query API answers for the promise, once it has read the last command's event: its progress on two
     * dates, and every commitment's details and history. Without the instant of each reading ({@code knownAt}).
     */
    private Map<String, JsonNode> figures(BothServices services) {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        List<String> commitmentIds = new ArrayList<>();
        for (String asOf : List.of("2025-06-30", "2025-12-31")) {
            JsonNode progress = read(services, "/api/promises/" + PROMISE + "/progress?asOf=" + asOf);
            figures.put("progress on " + asOf, progress);
            progress.get("areas").forEach(area -> area.get("commitments").forEach(commitment -> {
                if (!commitmentIds.contains(commitment.get("commitmentId").asText())) {
                    commitmentIds.add(commitment.get("commitmentId").asText());
                }
            }));
        }
        assertThat(commitmentIds).hasSize(24);
        for (String commitmentId : commitmentIds) {
            figures.put(commitmentId, read(services, "/api/commitments/" + commitmentId + "?asOf=2025-12-31"));
            figures.put(commitmentId + " history", read(services, "/api/commitments/" + commitmentId + "/history"));
        }
        return figures;
    }

    private JsonNode read(BothServices services, String path) {
        String separator = path.contains("?") ? "&" : "?";
        JsonNode answer = await().atMost(Duration.ofSeconds(120))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> services.queryApi("ledning").get().uri(path + separator + "minPosition=" + lastPosition)
                        .retrieve().body(JsonNode.class), body -> body != null);
        if (answer instanceof ObjectNode object) {
            object.remove("knownAt");
        }
        return answer;
    }

    private static int placeVisitsCounted(Map<String, JsonNode> figures) {
        return placeVisits(figures.get("progress on 2025-12-31"));
    }

    private int placeVisitsCounted(BothServices services) {
        return placeVisits(read(services, "/api/promises/" + PROMISE + "/progress?asOf=2025-12-31"));
    }

    private static int placeVisits(JsonNode progress) {
        for (JsonNode counter : progress.get("headline")) {
            if ("PLACE_VISIT".equals(counter.path("measure").path("report").asText())) {
                return counter.get("achieved").asInt();
            }
        }
        throw new IllegalStateException("no place-visit counter in " + progress);
    }

    private long report(BothServices services, String user, String visitId, String code) {
        return report(services, user, visitId, code, LocalDate.of(2025, 7, 1));
    }

    private long report(BothServices services, String user, String visitId, String code, LocalDate visitedOn) {
        return send(services, user, "/api/place-visits", Map.of("visitId", visitId, "commitmentId", commitment(code),
                "place", Map.of("name", "Stora torget", "area", "Centrum"), "visitedOn", visitedOn.toString(),
                "measures", "Synlig närvaro"));
    }

    private long send(BothServices services, String user, String path, Map<String, ?> body) {
        return remember(services.commandApi(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class));
    }

    private void put(BothServices services, String path, Map<String, ?> body) {
        RestClient coordinator = services.commandApi("samordnare");
        remember(coordinator.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class));
    }

    private long remember(JsonNode accepted) {
        long position = accepted.get("position").asLong();
        lastPosition = Math.max(lastPosition, position);
        return position;
    }

    private static String commitment(String code) {
        return PROMISE + "-" + code;
    }

    private static void dropAndCreate(String databaseUrl) throws Exception {
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1, databaseUrl.indexOf('?'));
        try (Connection connection = TestDatabase.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }
}
