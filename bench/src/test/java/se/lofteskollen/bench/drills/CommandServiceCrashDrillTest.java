package se.lofteskollen.bench.drills;

import org.junit.jupiter.api.Test;
import se.lofteskollen.bench.Drills;
import se.lofteskollen.platform.testing.TestDatabase;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the command-service while eight reporters are posting: every report it acknowledged with a
 * 2xx is in the event store. (Requests cut off by the kill may or may not be stored; none may be lost
 * after an acknowledgement.)
 */
class CommandServiceCrashDrillTest {

    @Test
    void everyReportAcknowledgedBeforeAKillNineIsInTheEventStore() throws Exception {
        Drills.CrashResult result = Drills.killCommandServiceUnderLoad(Drills.home(),
                TestDatabase.newDatabaseUrl(), 8, Duration.ofSeconds(4));

        Set<String> stored = result.stored();
        assertThat(result.acknowledged()).as("reports acknowledged before the kill").isNotEmpty();
        assertThat(stored).containsAll(result.acknowledged());
    }
}
