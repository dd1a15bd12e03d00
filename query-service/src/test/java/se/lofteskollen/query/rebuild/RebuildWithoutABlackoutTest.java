package se.lofteskollen.query.rebuild;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;
import se.lofteskollen.query.testing.ReadModelTables;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.report.ActivityReported;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/**
 * A rebuild writes new tables beside the live ones and swaps them in when it has caught up. It is held back here
 * (its new tables locked as soon as they exist) so that what is read while it runs is read while it runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildWithoutABlackoutTest extends QueryServiceTest {

    @Autowired
    Rebuild rebuild;
    @Autowired
    DataSource dataSource;

    private MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("no-blackout"));
    }

    @AfterEach
    void rebuildDone() {
        awaitRebuildDone();
    }

    @Test
    void everyAnswerStaysAsItWasWhileARebuildRunsAndWhatIsReportedMeanwhileIsThereAfterTheSwap() throws Exception {
        List<String> before = answers();
        List<String> reportedMeanwhile;
        Map<String, List<String>> tablesMeanwhile;
        try (HeldBack held = holdBackTheRebuild()) {
            for (int sample = 0; sample < 5; sample++) {
                assertThat(answers()).isEqualTo(before);
                var progress = getJson(get("/actuator/rebuild").with(httpBasic("drift", "drift")))
                        .at("/readmodels/lastRebuild");
                assertThat(progress.get("finished").asBoolean()).isFalse();
                assertThat(progress.get("eventsDone").asLong()).isLessThan(progress.get("eventsTotal").asLong());
            }

            LocalDate day = LocalDate.of(2025, 11, 3);
            feed().by(POLIS).on(day).publish(new ActivityReported(id("dialogues-meanwhile"), promise.promiseId,
                    ActivityKind.CITIZEN_DIALOGUE, List.of(promise.commitment("8.1")), day, 4, null, null));
            feed().awaitProjections();
            reportedMeanwhile = answers();
            assertThat(reportedMeanwhile).isNotEqualTo(before);
            tablesMeanwhile = ReadModelTables.snapshot(jdbc);
        }
        awaitRebuildDone();

        assertThat(answers()).isEqualTo(reportedMeanwhile);
        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(tablesMeanwhile);
        assertThat(shadowLeft()).isFalse();
    }

    @Test
    void aRebuildStoppedMidwayLeavesTheLiveTablesAsTheyWereAndTheNextStartClearsItsTablesForALaterRebuild()
            throws Exception {
        List<String> before = answers();
        Map<String, List<String>> tablesBefore = ReadModelTables.snapshot(jdbc);
        CompletableFuture<Void> killed;
        try (HeldBack held = holdBackTheRebuild()) {
            killed = CompletableFuture.runAsync(rebuild::abandon);
            await().atMost(Duration.ofSeconds(10)).until(() -> "abandoned".equals(
                    getJson(get("/actuator/rebuild").with(httpBasic("drift", "drift")))
                            .at("/readmodels/lastRebuild/failed").asText()));
        }
        killed.get(30, TimeUnit.SECONDS);

        assertThat(answers()).isEqualTo(before);
        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(tablesBefore);
        assertThat(shadowLeft()).isTrue();
        assertThat(rebuild.replaying(Processors.READ_MODELS)).isFalse();

        rebuild.dropUnfinishedRebuild();
        assertThat(shadowLeft()).isFalse();

        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                .andExpect(status().isOk());
        awaitRebuildDone();
        assertThat(answers()).isEqualTo(before);
        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(tablesBefore);
    }

    /** The progress of the promise, a commitment in detail and the audit, as a user reads them. */
    private List<String> answers() throws Exception {
        return List.of(
                body("/api/promises/" + promise.promiseId + "/progress"),
                body("/api/promises/" + promise.promiseId + "/progress?asOf=2025-06-30&knownAt=" + MiniPromise.ON_30_JUNE),
                body("/api/commitments/" + promise.commitment("8.1")),
                body("/api/commitments/" + promise.commitment("6.2") + "/history"),
                body("/api/audit?user=polis&size=500"));
    }

    /** The answer without the instant it was asked at ("now" as knownAt, or as the audit's end). */
    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("ledning", "ledning"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"(knownAt|to)\":\"[0-9T:-]+\\.[0-9]+Z\"", "\"$1\":\"now\"");
    }

    /** Asks for a rebuild and locks its new tables the moment they exist: it cannot write until this is closed. */
    private HeldBack holdBackTheRebuild() throws Exception {
        awaitRebuildDone();
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        var asked = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift"))
                        .contentType("application/json")).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String tables = String.join(", ", ShadowTables.TABLES.stream().map(t -> ShadowTables.SCHEMA + "." + t).toList());
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1)).until(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + tables + " IN ACCESS EXCLUSIVE MODE NOWAIT");
                return true;
            } catch (SQLException notYet) {
                connection.rollback();
                return false;
            }
        });
        assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        return new HeldBack(connection);
    }

    private record HeldBack(Connection connection) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private void awaitRebuildDone() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuild.replaying(Processors.READ_MODELS));
    }

    private boolean shadowLeft() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)",
                Boolean.class, ShadowTables.SCHEMA))
                || jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Long.class,
                ShadowProcessor.NAME) > 0;
    }
}
