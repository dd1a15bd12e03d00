package se.lofteskollen.bench.drills;

import org.junit.jupiter.api.Test;
import se.lofteskollen.bench.Drills;
import se.lofteskollen.platform.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the query-service while a rebuild builds new tables beside the live ones: the live read models are as
 * they were, the restart drops what the rebuild left, and a rebuild let to finish gives the same figures again.
 */
class RebuildCrashDrillTest {

    private static final long EVENTS = 40_000;

    @Test
    void aKillNineMidRebuildLeavesTheLiveReadModelsAsTheyWere() throws Exception {
        Drills.RebuildKillResult result = Drills.killQueryServiceDuringRebuild(Drills.home(),
                TestDatabase.newDatabaseUrl(), EVENTS);

        assertThat(result.killedMidway()).as("killed while the rebuild's tables stood beside the live ones").isTrue();
        assertThat(result.afterKill()).isEqualTo(result.before());
        assertThat(result.afterRestart()).isEqualTo(result.before());
        assertThat(result.unfinishedRebuildCleared()).as("the restart dropped the unfinished rebuild's tables").isTrue();
        assertThat(result.afterRebuild()).isEqualTo(result.before());
    }
}
