package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lofteskollen.bench.SyntheticEvents;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The global-sequence gap: a write transaction takes its number first but commits last, after later
 * events have been projected. When it commits, its event must still be projected, not skipped.
 */
class GlobalSequenceGapDrillTest {

    static BothServices services;

    @BeforeAll
    static void start() {
        services = new BothServices();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void anEventCommittedAfterLaterOnesIsStillProjected() throws Exception {
        try (Connection held = DriverManager.getConnection(services.databaseUrl(), "postgres", "")) {
            held.setAutoCommit(false);
            SyntheticEvents.append(held, 1, "held-open");

            long last = 0;
            for (int i = 0; i < 5; i++) {
                last = PlaceVisits.report(services.commandApi("polis"), "after-gap-" + i, "2025-03-0" + (i + 1));
            }
            long fifth = last;
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                    assertThat(PlaceVisits.counted(services.queryApi("ledning"), fifth))
                            .as("the five later visits are projected while the first is still uncommitted").isEqualTo(5));

            held.commit();
        }

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                assertThat(PlaceVisits.countedNow(services.queryApi("ledning"))).isEqualTo(6));
    }
}
