package se.lofteskollen.query.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;
import se.lofteskollen.query.testing.ReadModelTables;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deployment whose read models were fed by three processors (commitments, audit, places, each with its own
 * tokens) is rebuilt into the one processor at its first start with this version, whatever positions the old
 * tokens stood at.
 */
class UpgradeToOneProcessorTest extends QueryServiceTest {

    @Autowired
    Configuration axon;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Rebuild rebuild;

    @Test
    void theOldProcessorsTokensGiveWayToAFullRebuildIntoTheOneProcessor() {
        new MiniPromise(feed(), id("upgrade-2025"));
        Map<String, List<String>> built = ReadModelTables.snapshot(jdbc);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        StreamingEventProcessor readModels = processing.eventProcessor(Processors.READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow();
        readModels.shutDown();
        // As a deployment of the previous version left it: three processors of two segments each, at other positions.
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", Processors.READ_MODELS);
        for (String old : ProcessorUpgrade.BEFORE_ONE_PROCESSOR) {
            for (int segment = 0; segment < 2; segment++) {
                jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                                + "VALUES (?, ?, convert_to(?, 'UTF8'), 'org.axonframework.eventhandling.GapAwareTrackingToken', ?, NULL)",
                        old, segment, "{\"index\":" + (head - 10 * (segment + 1)) + ",\"gaps\":[]}", "2025-01-01T00:00:00Z");
            }
        }

        boolean upgraded = new ProcessorUpgrade(jdbc, 1).upgradeIfNeeded(axon);

        assertThat(upgraded).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name IN (?, ?, ?)", Long.class,
                ProcessorUpgrade.BEFORE_ONE_PROCESSOR.toArray())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM commitment_view", Long.class)).as("emptied").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class)).as("emptied").isZero();
        assertThat(rebuild.replaying(Processors.READ_MODELS)).isTrue();
        assertThat(new ProcessorUpgrade(jdbc, 1).upgradeIfNeeded(axon)).as("once only").isFalse();

        // What the service does once it is up: the replay goes on with replay batches to the end.
        rebuild.resumeUnfinishedReplay();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuild.replaying(Processors.READ_MODELS));

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(built);
        assertThat(readModels.isRunning()).isTrue();
    }

    @Test
    void aDeploymentAlreadyOnTheOneProcessorIsLeftAlone() {
        feed().publish(se.lofteskollen.query.testing.Promises.created(id("left-alone"), 2025, "Löfte", "LPO", "Kommun"));
        feed().awaitProjections();
        Map<String, List<String>> before = ReadModelTables.snapshot(jdbc);

        assertThat(new ProcessorUpgrade(jdbc, 1).upgradeIfNeeded(axon)).isFalse();

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(before);
        assertThat(rebuild.replaying(Processors.READ_MODELS)).isFalse();
    }
}
