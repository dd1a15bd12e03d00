package se.lofteskollen.command.lookup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.platform.eventstore.EventStoreSchema;
import se.lofteskollen.platform.testing.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.command.testing.Instance.api;
import static se.lofteskollen.command.testing.Instance.start;

/**
 * The lookup tables follow from the event log alone: emptied, or missing from a database given only the events, they
 * are built again at start-up, through the lookup's own handlers, before the service takes a command; and then the
 * rules that read them hold as before.
 *
 * <p>The history: the default data set (the Västervik promise), a promise whose commitment 1.1 had its responsible
 * parties and wording revised and whose 2.1 was withdrawn, a closed promise, and Västervik's 7.2 withdrawn.
 */
class LookupRebuildTest {

    static String historyUrl;
    static Map<String, List<Map<String, Object>>> lookupsAfterTheHistory;
    static byte[] eventLog;

    @BeforeAll
    static void aHistoryRecordedThroughTheCommands() throws Exception {
        historyUrl = TestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext service = start(historyUrl)) {
            Api api = api(service);
            created(api.post("samordnare", "/api/promises", """
                    {"promiseId":"kept-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}"""));
            created(api.post("samordnare", "/api/promises/kept-2025/commitments", """
                    {"code":"1.1","priorityArea":"2","responsible":["POLICE"],"text":"Sommarlovet"}"""));
            created(api.post("samordnare", "/api/promises/kept-2025/commitments", """
                    {"code":"2.1","priorityArea":"2","responsible":["MUNICIPALITY"],"text":"Fritidsgårdar"}"""));
            ok(api.put("samordnare", "/api/commitments/kept-2025-1.1", """
                    {"responsible":["POLICE","MUNICIPALITY"],"text":"Sommarlovet, med kommunen","reason":"Kommunen deltar"}"""));
            ok(api.post("samordnare", "/api/commitments/kept-2025-2.1/withdrawal", """
                    {"reason":"Ingår i 1.1"}"""));
            created(api.post("samordnare", "/api/promises", """
                    {"promiseId":"closed-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}"""));
            created(api.post("samordnare", "/api/promises/closed-2025/commitments", """
                    {"code":"1.1","priorityArea":"2","responsible":["POLICE"],"text":"Trygghetsvandringar"}"""));
            ok(api.post("samordnare", "/api/promises/closed-2025/closing", """
                    {"closedOn":"2025-12-31"}"""));
            ok(api.post("samordnare", "/api/commitments/vastervik-2025-7.2/withdrawal", """
                    {"reason":"Ingår i 7.1"}"""));
            created(visit(api, "history-visit", "vastervik-2025-6.2"));
        }
        lookupsAfterTheHistory = lookups(historyUrl);
        eventLog = eventLogOf(historyUrl);
    }

    @Test
    void lookupsEmptiedWithTheirPositionAreRebuiltAtStart() {
        jdbc(historyUrl).execute("TRUNCATE lookup_position, report_form_commitment, commitment_lookup, promise_area_lookup, "
                + "promise_party_lookup, promise_lookup");

        try (ConfigurableApplicationContext service = start(historyUrl)) {
            assertThat(lookups(historyUrl)).isEqualTo(lookupsAfterTheHistory);
            theRulesHold(api(service), "emptied");
        }
    }

    @Test
    void aDatabaseGivenOnlyTheEventLogHasItsLookupsBuiltAtFirstStart() {
        String restored = databaseWithOnly(eventLog);

        try (ConfigurableApplicationContext service = start(restored)) {
            assertThat(lookups(restored)).isEqualTo(lookupsAfterTheHistory);
            theRulesHold(api(service), "restored");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void twoInstancesStartingAtOnceOnARestoredLogBothStartOnLookupsBuiltOnce(CapturedOutput output) throws Exception {
        String restored = databaseWithOnly(eventLog);

        // The second starts once the first has set up logging (which two starts cannot do at once in one JVM), and
        // both then build their contexts, and reach the lookups, together.
        CountDownLatch firstLogging = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> first =
                CompletableFuture.supplyAsync(() -> start(restored, firstLogging::countDown));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> {
            try {
                firstLogging.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return start(restored);
        });
        try (ConfigurableApplicationContext one = first.get(); ConfigurableApplicationContext other = second.get()) {
            assertThat(lookups(restored)).isEqualTo(lookupsAfterTheHistory);
            // Distinct messages: two Spring Boot starts at once in one JVM may each set up the console, printing one
            // line twice, in different patterns. A second rebuild would say its own duration.
            String rebuilt = "Rebuilt the lookup tables";
            assertThat(output.getOut().lines().filter(line -> line.contains(rebuilt))
                    .map(line -> line.substring(line.indexOf(rebuilt))).distinct())
                    .as("rebuilds logged").hasSize(1);
            theRulesHold(api(other), "at-once");
        }
    }

    @Test
    void eachCommandMovesThePositionAndARestartOnCurrentLookupsRebuildsNothing() {
        String restored = databaseWithOnly(eventLog);
        long pledged;
        long reported;
        Timestamp rebuiltAt;
        try (ConfigurableApplicationContext service = start(restored)) {
            rebuiltAt = jdbc(restored).queryForObject("SELECT rebuilt_at FROM lookup_position", Timestamp.class);
            Api api = api(service);
            pledged = created(api.post("samordnare", "/api/promises/kept-2025/commitments", """
                    {"code":"3.1","priorityArea":"2","responsible":["POLICE"],"text":"Nattvandring"}"""));
            assertThat(through(restored)).isEqualTo(pledged);

            reported = created(visit(api, "position-visit", "kept-2025-3.1"));
            assertThat(reported).isGreaterThan(pledged);
            assertThat(through(restored)).as("a report is nothing the lookups take").isEqualTo(pledged);
        }

        try (ConfigurableApplicationContext service = start(restored)) {
            assertThat(jdbc(restored).queryForObject("SELECT rebuilt_at FROM lookup_position", Timestamp.class))
                    .isEqualTo(rebuiltAt);
            assertThat(through(restored)).as("moved past the report at start").isEqualTo(reported);
            assertThat(jdbc(restored).queryForObject(
                    "SELECT responsible FROM commitment_lookup WHERE commitment_id = 'kept-2025-3.1'", String.class))
                    .isEqualTo("POLICE");
        }
    }

    /** What the lookups decide: reports on the pledged, refusals on the withdrawn and the closed, codes taken. */
    private static void theRulesHold(Api api, String ids) {
        assertThat(visit(api, ids + "-pledged", "vastervik-2025-6.2").status()).isEqualTo(HttpStatus.CREATED);
        // revised to both parties: the municipality's reporter may now report on it
        assertThat(visitAs("kommun", api, ids + "-revised", "kept-2025-1.1").status()).isEqualTo(HttpStatus.CREATED);

        // as the coordinator, who may report on anything: refused by the rules, not by who answers for what
        Answer withdrawn = visitAs("samordnare", api, ids + "-withdrawn", "vastervik-2025-7.2");
        assertThat(withdrawn.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(withdrawn.text("field")).isEqualTo("commitmentId");
        assertThat(visitAs("samordnare", api, ids + "-withdrawn-too", "kept-2025-2.1").status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(visitAs("samordnare", api, ids + "-closed", "closed-2025-1.1").status())
                .isEqualTo(HttpStatus.CONFLICT);

        Answer taken = api.post("samordnare", "/api/promises/kept-2025/commitments", """
                {"commitmentId":"kept-2025-%s","code":"1.1","priorityArea":"2","responsible":["POLICE"],
                 "text":"Samma kod"}""".formatted(ids));
        assertThat(taken.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.text("field")).isEqualTo("code");
    }

    // ---- helpers ----

    private static Answer visit(Api api, String visitId, String commitmentId) {
        return visitAs("polis", api, visitId, commitmentId);
    }

    private static Answer visitAs(String reporter, Api api, String visitId, String commitmentId) {
        return api.post(reporter, "/api/place-visits", """
                {"visitId":"%s","commitmentId":"%s","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"Synlig närvaro"}""".formatted(visitId, commitmentId));
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.CREATED);
        return answer.body().path("position").asLong();
    }

    private static void ok(Answer answer) {
        assertThat(answer.status().is2xxSuccessful()).as("%s %s", answer.status(), answer.body()).isTrue();
    }

    private static JdbcTemplate jdbc(String databaseUrl) {
        return new JdbcTemplate(new DriverManagerDataSource(databaseUrl));
    }

    private static long through(String databaseUrl) {
        return jdbc(databaseUrl).queryForObject("SELECT through FROM lookup_position", Long.class);
    }

    private static Map<String, List<Map<String, Object>>> lookups(String databaseUrl) {
        JdbcTemplate jdbc = jdbc(databaseUrl);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("promise_lookup", jdbc.queryForList("SELECT * FROM promise_lookup ORDER BY promise_id"));
        tables.put("commitment_lookup", jdbc.queryForList("SELECT * FROM commitment_lookup ORDER BY commitment_id"));
        tables.put("promise_area_lookup", jdbc.queryForList("SELECT * FROM promise_area_lookup ORDER BY promise_id, code"));
        tables.put("promise_party_lookup", jdbc.queryForList("SELECT * FROM promise_party_lookup ORDER BY promise_id, code"));
        tables.put("report_form_commitment",
                jdbc.queryForList("SELECT * FROM report_form_commitment ORDER BY commitment_id"));
        return tables;
    }

    /** The event log in PostgreSQL's binary COPY format, as the README's backup takes it. */
    private static byte[] eventLogOf(String databaseUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CopyManager(connection.unwrap(BaseConnection.class))
                    .copyOut("COPY domain_event_entry TO STDOUT (FORMAT binary)", out);
            return out.toByteArray();
        }
    }

    /** A new database with the event store's tables and these events in them, and nothing of the command-service's. */
    private static String databaseWithOnly(byte[] events) {
        String url = TestDatabase.newDatabaseUrl();
        EventStoreSchema.migrate(new DriverManagerDataSource(url));
        try (Connection connection = DriverManager.getConnection(url)) {
            new CopyManager(connection.unwrap(BaseConnection.class))
                    .copyIn("COPY domain_event_entry FROM STDIN (FORMAT binary)", new ByteArrayInputStream(events));
        } catch (Exception e) {
            throw new IllegalStateException("could not restore the event log", e);
        }
        jdbc(url).queryForObject(
                "SELECT setval('domain_event_entry_global_index_seq', (SELECT max(global_index) FROM domain_event_entry))",
                Long.class);
        assertThat(jdbc(url).queryForObject("SELECT to_regclass('commitment_lookup') IS NULL", Boolean.class)).isTrue();
        return url;
    }
}
