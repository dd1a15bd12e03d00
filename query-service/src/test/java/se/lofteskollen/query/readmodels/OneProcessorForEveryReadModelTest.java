package se.lofteskollen.query.readmodels;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.rebuild.Rebuild;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One processor feeds every read model: each batch is one read of the stream and one transaction with one token,
 * and it carries the events of every processing group. Live, a batch is whatever is waiting, up to the live batch
 * size; a replay takes up to the replay batch size.
 */
class OneProcessorForEveryReadModelTest extends QueryServiceTest {

    private static final int LIVE_BATCH = 250;
    private static final int REPLAY_BATCH = 1000;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    BatchCommits commits;
    @Autowired
    Rebuild rebuild;

    @Test
    void everyProcessingGroupIsInTheOneProcessorAndNoneHasAProcessorOfItsOwn() {
        assertThat(processing.eventProcessors()).containsOnlyKeys(Processors.READ_MODELS);
        for (String group : Processors.ALL) {
            assertThat(processing.eventProcessorByProcessingGroup(group))
                    .get().extracting(processor -> processor.getName()).isEqualTo(Processors.READ_MODELS);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT processor_name FROM token_entry WHERE processor_name IN (?, ?, ?)",
                String.class, Processors.ALL.toArray())).isEmpty();
    }

    @Test
    void aBurstIsTakenInBatchesOfWhateverIsWaitingAndEachBatchFeedsEveryReadModel() {
        String promiseId = id("burst-2025");
        StreamingEventProcessor readModels = readModels();
        long before = commits.count();
        readModels.shutDown();
        try {
            publishPromiseWithVisits(promiseId, 600);
        } finally {
            readModels.start();
        }
        feed().awaitProjections();

        List<Integer> sizes = commits.sizesSince(before);
        System.out.println("Live batch sizes after a burst of 602 events: " + sizes);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(602);
        assertThat(Collections.max(sizes)).as("several events per transaction").isGreaterThan(1)
                .isLessThanOrEqualTo(LIVE_BATCH);
        assertThat(count("SELECT count(*) FROM report_view WHERE promise_id = ?", promiseId)).isEqualTo(600);
        assertThat(count("SELECT count(*) FROM place_visit WHERE promise_id = ?", promiseId)).isEqualTo(600);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE promise_id = ?", promiseId)).isEqualTo(602);
        assertThat(count("SELECT count(*) FROM commitment_view WHERE promise_id = ?", promiseId)).isEqualTo(1);
    }

    @Test
    void aReplayTakesUpToAThousandEventsPerTransactionAndHandsBackToTheLiveBatches() {
        publishPromiseWithVisits(id("replayed-2025"), 1500);
        feed().awaitProjections();
        long before = commits.count();

        assertThat(rebuild.rebuild(List.of())).allMatch(Rebuild.Started::started);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> !rebuild.replaying(Processors.READ_MODELS));

        List<Integer> sizes = commits.sizesSince(before);
        System.out.println("Replay batch sizes: " + sizes);
        // A batch is whatever the reader has handed over, never waited for, so a slow machine may not fill one.
        assertThat(Collections.max(sizes)).as("a replay batch is larger than a live one, up to the replay size")
                .isGreaterThan(LIVE_BATCH).isLessThanOrEqualTo(REPLAY_BATCH);
        assertThat(readModels().isRunning()).as("the live processor took over again").isTrue();
        assertThat(count("SELECT count(*) FROM place_visit WHERE promise_id = ?", id("replayed-2025"))).isEqualTo(1500);
    }

    private void publishPromiseWithVisits(String promiseId, int visits) {
        EventFeed feed = feed().by(EventFeed.POLIS);
        feed.publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "LPO", "Kommun"));
        feed.publish(new CommitmentPledged(promiseId + "-6.2", promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
        for (int i = 0; i < visits; i++) {
            feed.publish(new PlaceVisitReported(promiseId + "-visit-" + i, promiseId, promiseId + "-6.2",
                    new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 3, 3).plusDays(i % 200),
                    null, "fotpatrull"));
        }
    }

    private StreamingEventProcessor readModels() {
        return processing.eventProcessor(Processors.READ_MODELS, StreamingEventProcessor.class).orElseThrow();
    }

    private long count(String sql, String promiseId) {
        return jdbc.queryForObject(sql, Long.class, promiseId);
    }
}
