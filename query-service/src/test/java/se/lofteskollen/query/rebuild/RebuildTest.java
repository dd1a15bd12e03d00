package se.lofteskollen.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;
import se.lofteskollen.query.testing.ReadModelTables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RebuildTest extends QueryServiceTest {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    Rebuild rebuild;
    @Autowired
    ReadYourWrites freshness;
    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeAll
    void feedThePromise() {
        new MiniPromise(feed(), id("rebuild-2025"));
    }

    @Test
    void readModelsAfterAFullReplayEqualThoseBuiltLive() throws Exception {
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);
        assertThat(live.get("report_view")).hasSizeGreaterThanOrEqualTo(40 + 26 + 3 + 3);

        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuilds[0].started").value(true));
        awaitReplayDone();

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
        mvc.perform(get("/actuator/rebuild").with(httpBasic("drift", "drift")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readmodels.replaying").value(false))
                .andExpect(jsonPath("$.readmodels.lastRebuild.finished").value(true))
                .andExpect(jsonPath("$.readmodels.lastRebuild.eventsDone")
                        .value(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)))
                .andExpect(jsonPath("$.readmodels.lastRebuild.percentDone").value(100));
    }

    @Test
    void theTablesARebuildSwapsInHaveTheColumnsKeysIndexesForeignKeysAndStorageParametersOfThoseTheMigrationsMade() throws Exception {
        // As a later migration may set them: storage parameters go with the table too.
        jdbc.execute("ALTER TABLE report_tally SET (autovacuum_vacuum_threshold = 1000)");
        try {
            aRebuildKeepsTheSchemaOfTheReadModels();
        } finally {
            jdbc.execute("ALTER TABLE report_tally RESET (autovacuum_vacuum_threshold)");
        }
    }

    private void aRebuildKeepsTheSchemaOfTheReadModels() throws Exception {
        List<String> migrated = schemaOfTheReadModels();
        assertThat(migrated).anySatisfy(line -> assertThat(line).startsWith("report_commitment report_commitment_report_id_fkey"))
                .anySatisfy(line -> assertThat(line).contains("CREATE UNIQUE INDEX report_tally_key ON public.report_tally"))
                .anySatisfy(line -> assertThat(line).contains("report_view_organisations ON public.report_view USING gin"))
                .contains("report_tally autovacuum_vacuum_threshold=1000");

        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                .andExpect(status().isOk());
        awaitReplayDone();

        assertThat(schemaOfTheReadModels()).isEqualTo(migrated);
        assertThat(jdbc.queryForList("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'readmodels%'", String.class))
                .isEmpty();
        // Vacuumed and analysed before the swap: the planner knows the new tables' rows from the first query on.
        assertThat(jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE oid = 'public.report_view'::regclass",
                Double.class)).isGreaterThan(0);
    }

    @Test
    void theSwapGivesWayToAReaderThatTakesLongAndSwapsInOnceItIsDone(CapturedOutput output) throws Exception {
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);
        try (java.sql.Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (java.sql.Statement statement = reader.createStatement()) {
                // A reader in the middle of a long export: its transaction holds the table until it ends.
                statement.executeQuery("SELECT count(*) FROM audit_entry").close();
            }
            mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                    .andExpect(status().isOk());
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains("The swap waited"));
            assertThat(rebuild.replaying(Processors.READ_MODELS)).isTrue();
            reader.rollback();
        }
        awaitReplayDone();

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
        mvc.perform(get("/actuator/rebuild").with(httpBasic("drift", "drift")))
                .andExpect(jsonPath("$.readmodels.lastRebuild.finished").value(true));
    }

    /** Every column with its type and default, every constraint and every index of the read-model tables, by name. */
    private List<String> schemaOfTheReadModels() {
        String[] tables = ShadowTables.TABLES.toArray(String[]::new);
        List<String> schema = new ArrayList<>(jdbc.queryForList("""
                SELECT table_name || ' ' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                       || coalesce(column_default, '')
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name::text = ANY (?::text[])
                ORDER BY table_name, ordinal_position""", String.class, (Object) tables));
        schema.addAll(jdbc.queryForList("""
                SELECT t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                WHERE t.relnamespace = 'public'::regnamespace AND t.relname::text = ANY (?::text[])
                ORDER BY 1""", String.class, (Object) tables));
        schema.addAll(jdbc.queryForList("""
                SELECT tablename || ' ' || indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename::text = ANY (?::text[]) ORDER BY 1""", String.class,
                (Object) tables));
        schema.addAll(jdbc.queryForList("""
                SELECT relname || ' ' || coalesce(array_to_string(reloptions, ', '), '') FROM pg_class
                WHERE relnamespace = 'public'::regnamespace AND relname::text = ANY (?::text[]) ORDER BY 1""",
                String.class, (Object) tables));
        return schema;
    }

    @Test
    void redeliveredEventsChangeNothing() {
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);

        // The processor reads the whole store again without a reset: each handler sees each event twice.
        String name = Processors.READ_MODELS;
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.fetchToken(name, segment);
                tokenStore.storeToken(null, name, segment);
                tokenStore.releaseClaim(name, segment);
            }
        });
        processor.start();
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> new TokenPositionsProbe(jdbc).lowestPosition(name) >= head);

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
    }

    @Test
    void onlyTheOperatorMayRebuild() throws Exception {
        for (String user : List.of("polis", "samordnare", "ledning")) {
            mvc.perform(post("/actuator/rebuild").with(httpBasic(user, user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/actuator/rebuild")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/rebuild").with(httpBasic("kommun", "kommun"))).andExpect(status().isForbidden());
    }

    @Test
    void twoRebuildsAskedForAtOnceRunOneAndTheSecondIsAConflict(CapturedOutput output) throws Exception {
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(callers.submit(() -> {
                    together.await();
                    return mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift"))
                            .contentType("application/json")).andReturn().getResponse();
                }));
            }
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
            MockHttpServletResponse refused = responses.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getContentAsString()).contains("\"status\":409").contains("rebuild");
        } finally {
            callers.shutdownNow();
        }
        awaitReplayDone();

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
        assertThat(output.getOut()).contains("event=operator_action user=\"drift\" action=\"rebuild all\" outcome=\"started\"")
                .contains("event=operator_action user=\"drift\" action=\"rebuild all\" outcome=\"refused: ");
    }

    @Test
    void aRebuildMayBeAskedForAgainOnceTheFirstIsDone() throws Exception {
        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                .andExpect(status().isOk());
        awaitReplayDone();
        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json")
                        .content("{\"processors\":\"places\"}"))
                .andExpect(status().isOk());
        awaitReplayDone();
    }

    @Test
    void namingOneGroupRebuildsEveryReadModelSinceTheyShareOneProcessor() throws Exception {
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);

        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json")
                        .content("{\"processors\":\"places\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuilds.length()").value(1))
                .andExpect(jsonPath("$.rebuilds[0].processor").value(Processors.READ_MODELS));
        awaitReplayDone();

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
    }

    @Test
    void anUnknownProcessorIsABadRequest() throws Exception {
        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift"))
                        .contentType("application/json").content("{\"processors\":\"nonsense\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRebuildIsRefusedAndChangesNothingWhileAnotherInstanceHoldsASegment() throws Exception {
        Map<String, List<String>> before = ReadModelTables.snapshot(jdbc);
        jdbc.update("UPDATE token_entry SET owner = 'other-instance', timestamp = ? WHERE processor_name = 'readmodels' AND segment = 0",
                Instant.now().plusSeconds(60).toString());
        try {
            mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift"))
                            .contentType("application/json").content("{\"processors\":\"places\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.rebuilds[0].started").value(false));
            assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(before);
        } finally {
            jdbc.update("UPDATE token_entry SET owner = NULL WHERE processor_name = 'readmodels' AND owner = 'other-instance'");
        }
    }

    /** Replayed to the head, and handed back from the replay batches to the live processor. */
    private void awaitReplayDone() {
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                !rebuild.replaying(Processors.READ_MODELS)
                        && new TokenPositionsProbe(jdbc).lowestPosition(Processors.READ_MODELS) >= head);
    }

    /** The lowest position any segment of a processor has stored. */
    record TokenPositionsProbe(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        long lowestPosition(String processor) {
            return jdbc.queryForList("SELECT token FROM token_entry WHERE processor_name = ?", byte[].class, processor)
                    .stream().mapToLong(token -> token == null ? -1 : index(new String(token))).min().orElse(-1);
        }

        private static long index(String tokenJson) {
            // {"index":123,...} or a replay token whose currentToken carries the index
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"currentToken\":\\{[^}]*\"index\":(\\d+)")
                    .matcher(tokenJson);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
            matcher = java.util.regex.Pattern.compile("\"index\":(\\d+)").matcher(tokenJson);
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }
    }
}
