package se.lofteskollen.query.readmodels;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.lofteskollen.query.web.BadParameter;
import se.lofteskollen.query.web.ProjectionBehind;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets a client that has just written read its own write. Given the position its command answered with (the
 * event's global_index), a query waits, bounded, until the read models have processed everything up to that
 * position. Every read model is in the one processor ({@link Processors#READ_MODELS}), so this is: every segment of
 * it has handled everything up to the position. With one segment (the default) that is simply its token at or past
 * the position. A segment this instance holds counts as it stands in memory, which also moves on over events that
 * are not its own (an idle segment stores its token only now and then); a segment another instance holds counts as
 * its stored token says (the token table is read directly). An instance that holds every segment (one instance, the
 * default) answers from memory alone, without a round trip to the database, and is woken once the processor's token
 * in memory has moved ({@link BatchCommits}). When the wait runs out, the answer is 503 (see
 * {@link ProjectionBehind}) rather than a stale count.
 */
@Component
public class ReadYourWrites {

    private static final Duration FIRST_POLL = Duration.ofMillis(5);
    private static final Duration LONGEST_POLL = Duration.ofMillis(100);

    private final TokenPositions tokens;
    private final BatchCommits commits;
    private final EventProcessingConfiguration processing;
    private final ReplayProcessor replay;
    private final Duration maxWait;

    public ReadYourWrites(TokenPositions tokens, BatchCommits commits, EventProcessingConfiguration processing,
                          ReplayProcessor replay, @Value("${lofteskollen.freshness.max-wait:2s}") Duration maxWait) {
        this.tokens = tokens;
        this.commits = commits;
        this.processing = processing;
        this.replay = replay;
        this.maxWait = maxWait;
    }

    /**
     * Returns once the read models of these processing groups have reached {@code minPosition}; does nothing when it
     * is null. The groups say what the query reads; they share one processor, so the wait is the same for all.
     */
    public void awaitPosition(Long minPosition, String... groups) {
        if (minPosition == null) {
            return;
        }
        if (minPosition < 0) {
            throw new BadParameter("minPosition", "minPosition must be zero or more, not " + minPosition);
        }
        long started = System.nanoTime();
        Duration pause = FIRST_POLL;
        while (true) {
            // Counted before looking: a batch committing while we look ends the wait below at once.
            long committed = commits.count();
            if (reached(minPosition, groups)) {
                return;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (waited.compareTo(maxWait) >= 0) {
                throw new ProjectionBehind(minPosition, waited, "the read models " + String.join(", ", groups)
                        + " have not reached position " + minPosition + " within " + maxWait.toMillis() + " ms");
            }
            awaitCommitOr(committed, pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    /** Have the read models (of these groups; all share one processor) processed everything up to this position? */
    public boolean reached(long position, String... groups) {
        for (String group : groups) {
            Processors.processorOf(group);
        }
        Map<Integer, EventTrackerStatus> heldHere = heldHere();
        if (everySegment(heldHere.values().stream().map(EventTrackerStatus::getSegment).toList())) {
            // No other instance holds a part of the stream: the tokens in memory are the whole answer, and the
            // read costs no round trip to the database.
            return heldHere.values().stream()
                    .allMatch(status -> TokenPositions.covers(status.getTrackingToken(), position));
        }
        List<TokenPositions.SegmentToken> segments = tokens.of(Processors.READ_MODELS);
        if (segments.isEmpty()) {
            return false;
        }
        for (TokenPositions.SegmentToken segment : segments) {
            EventTrackerStatus here = heldHere.get(segment.segment());
            boolean covered = segment.covers(position)
                    || (here != null && TokenPositions.covers(here.getTrackingToken(), position));
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /**
     * Do these segments make up the whole stream? A segment of mask {@code m} takes one event in {@code m + 1}, and
     * the segments of a processor split the stream between them, so those held here make it up when their parts sum
     * to one (one segment of mask 0, the default, or two of mask 1, ...).
     */
    static boolean everySegment(Collection<Segment> held) {
        long whole = 1L << 32;
        long parts = 0;
        for (Segment segment : held) {
            parts += whole / (segment.getMask() + 1L);
        }
        return parts == whole;
    }

    /** The segments this instance processes now, live or with replay batches, as they stand in memory. */
    private Map<Integer, EventTrackerStatus> heldHere() {
        Map<Integer, EventTrackerStatus> segments = new HashMap<>();
        processing.eventProcessor(Processors.READ_MODELS, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .ifPresent(live -> segments.putAll(live.processingStatus()));
        if (replay.running()) {
            segments.putAll(replay.processor().processingStatus());
        }
        return segments;
    }

    /** Until one of this instance's processors commits a batch, or the pause is over (another instance's batch). */
    private void awaitCommitOr(long committed, Duration pause) {
        try {
            commits.awaitAfter(committed, pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
