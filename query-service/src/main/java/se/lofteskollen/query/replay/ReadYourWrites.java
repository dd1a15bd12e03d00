package se.lofteskollen.query.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.Segment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.query.web.BadParameter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Lets a client that has just written read its own write. Given the position its command answered with (the
 * event's global_index), a query waits, bounded, until the read models it reads have processed that event:
 * for each processor that handles the event's type, the one segment the event belongs to must have stored a
 * token covering it. A processor that does not handle the type is not waited for, nor are the other segments,
 * which store their tokens only now and then when they have nothing to do. Since a segment holds all events
 * of one sequence in order ({@link PromiseEventSequencing}), covering the event means covering everything that
 * event was applied after: its report, or its commitment's earlier events; not other reports of its promise.
 * When the wait runs out, the answer is 503 (see {@link ProjectionBehind}) rather than a stale count.
 */
@Component
public class ReadYourWrites {

    private static final Duration FIRST_POLL = Duration.ofMillis(5);
    private static final Duration LONGEST_POLL = Duration.ofMillis(100);

    private final TokenPositions tokens;
    private final BatchCommits commits;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final EventProcessingConfiguration processing;
    private final Duration maxWait;

    public ReadYourWrites(TokenPositions tokens, BatchCommits commits, JdbcTemplate jdbc, ObjectMapper json,
                          EventProcessingConfiguration processing,
                          @Value("${lofteskollen.freshness.max-wait:2s}") Duration maxWait) {
        this.tokens = tokens;
        this.commits = commits;
        this.jdbc = jdbc;
        this.json = json;
        this.processing = processing;
        this.maxWait = maxWait;
    }

    /** Returns once the processors have reached {@code minPosition}; does nothing when it is null. */
    public void awaitPosition(Long minPosition, String... processors) {
        if (minPosition == null) {
            return;
        }
        if (minPosition < 0) {
            throw new BadParameter("minPosition", "minPosition must be zero or more, not " + minPosition);
        }
        long started = System.nanoTime();
        Duration pause = FIRST_POLL;
        StoredEvent event = null;
        while (true) {
            // Counted before looking: a batch committing while we look ends the wait below at once.
            long committed = commits.count();
            if (event == null) {
                event = eventAt(minPosition);
            }
            if (event != null && reached(event, processors)) {
                return;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (waited.compareTo(maxWait) >= 0) {
                throw new ProjectionBehind(minPosition, waited, (event == null
                        ? "no event has been stored at position " + minPosition
                        : "the read model " + String.join(", ", processors) + " has not reached position " + minPosition)
                        + " within " + maxWait.toMillis() + " ms");
            }
            awaitCommitOr(committed, pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    /** Have all the given processors reached the event at this position (false when there is none yet)? */
    public boolean reached(long position, String... processors) {
        StoredEvent event = eventAt(position);
        return event != null && reached(event, processors);
    }

    private boolean reached(StoredEvent event, String... processors) {
        for (String processor : processors) {
            if (!handles(processor, event.payloadType())) {
                continue;
            }
            List<TokenPositions.SegmentToken> segments = tokens.of(processor);
            int[] segmentIds = segments.stream().mapToInt(TokenPositions.SegmentToken::segment).toArray();
            TokenPositions.SegmentToken owner = segments.stream()
                    .filter(segment -> Segment.computeSegment(segment.segment(), segmentIds).matches(event.sequence()))
                    .findFirst().orElse(null);
            if (owner == null || !owner.covers(event.position())) {
                return false;
            }
        }
        return true;
    }

    private boolean handles(String processor, String payloadType) {
        Class<?> type;
        try {
            type = Class.forName(payloadType);
        } catch (ClassNotFoundException unknownHere) {
            return false;
        }
        return processing.eventProcessor(processor, AbstractEventProcessor.class)
                .map(eventProcessor -> eventProcessor.eventHandlerInvoker().canHandleType(type))
                .orElse(false);
    }

    /** The event as stored, with the sequence identifier {@link PromiseEventSequencing} gives it. */
    private record StoredEvent(long position, String payloadType, Object sequence) {
    }

    private StoredEvent eventAt(long position) {
        return jdbc.query("SELECT payload_type, payload, aggregate_identifier FROM domain_event_entry WHERE global_index = ?",
                rows -> {
                    if (!rows.next()) {
                        return null;
                    }
                    String sequence = sequenceIn(rows.getString("payload_type"), rows.getBytes("payload"));
                    return new StoredEvent(position, rows.getString("payload_type"),
                            sequence != null ? sequence : rows.getString("aggregate_identifier"));
                }, position);
    }

    /** The sequence the stored event names, read as the processors read it; null when it names none. */
    private String sequenceIn(String payloadType, byte[] payload) {
        try {
            Class<?> type = Class.forName(payloadType);
            return PromiseEvent.class.isAssignableFrom(type)
                    ? PromiseEventSequencing.sequenceOf(json.readValue(payload, type)) : null;
        } catch (ClassNotFoundException | IOException unreadable) {
            return null;
        }
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
