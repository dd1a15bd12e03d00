package se.lofteskollen.bench.drills;

import org.junit.jupiter.api.Test;
import se.lofteskollen.bench.Drills;
import se.lofteskollen.platform.testing.TestDatabase;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the query-service five times while it projects a store from nothing: after the last
 * restart its read models equal a clean rebuild of the same store, and no event is counted twice.
 */
class QueryServiceCrashDrillTest {

    private static final long EVENTS = 20_000;

    @Test
    void readModelsAfterFiveKillsDuringAReplayEqualACleanRebuild() throws Exception {
        Drills.RecoveryResult result = Drills.killQueryServiceDuringReplay(Drills.home(), TestDatabase.newDatabaseUrl(),
                EVENTS, 5, Duration.ofSeconds(2));

        assertThat(result.placeVisits()).isEqualTo(EVENTS);
        assertThat(result.afterCrashes()).isEqualTo(result.afterCleanRebuild());
    }
}
