package se.lofteskollen.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each event processor of this service stands against the head of the event store: its position
 * (the lowest of the segments it holds here), how many events it is behind, and whether it is failing or stuck.
 * A processor is stuck when it is behind and its position has not moved for {@code stuckAfter}: it is running but
 * not getting anywhere (a lock it waits for, a segment nobody claims, a handler that fails every time).
 */
public class ProcessorProgress {

    /**
     * One processor, as seen now. {@code position} and {@code lag} are empty while a streaming processor holds no
     * segment here, and always for a subscribing one.
     */
    public record Standing(String processor, boolean running, int segmentsHere, OptionalLong position, long head,
                           OptionalLong lag, boolean caughtUp, boolean replaying, Optional<String> error,
                           Optional<Duration> stuckFor) {

        public boolean healthy() {
            return error.isEmpty() && stuckFor.isEmpty();
        }
    }

    private record Moved(OptionalLong position, Instant at) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProcessorFailures failures;
    private final Duration stuckAfter;
    private final Clock clock;
    private final Map<String, Moved> lastMoved = new ConcurrentHashMap<>();

    public ProcessorProgress(EventProcessingConfiguration processing, EventStore eventStore,
                             ProcessorFailures failures, Duration stuckAfter, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.failures = failures;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    /** The event processors of this service, by name. */
    public SortedMap<String, EventProcessor> processors() {
        return new TreeMap<>(processing.eventProcessors());
    }

    public Optional<Standing> of(String name) {
        return Optional.ofNullable(processors().get(name)).map(processor -> standing(name, processor, head()));
    }

    /** The global index of the newest event stored; -1 for an empty store. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    Standing standing(String name, EventProcessor eventProcessor, long head) {
        if (!(eventProcessor instanceof StreamingEventProcessor processor)) {
            // A subscribing processor handles each event in the transaction that appends it: never behind.
            return new Standing(name, eventProcessor.isRunning(), 0, OptionalLong.empty(), head, OptionalLong.empty(),
                    true, false, eventProcessor.isError() ? Optional.of("the processor is in error") : Optional.empty(),
                    Optional.empty());
        }
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        OptionalLong position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        if (position.isEmpty() && !segments.isEmpty()) {
            // Held here but nothing handled yet: at the start of the stream.
            position = OptionalLong.of(-1);
        }
        OptionalLong lag = position.isPresent() ? OptionalLong.of(Math.max(0, head - position.getAsLong()))
                : OptionalLong.empty();
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Standing(name, processor.isRunning(), segments.size(), position, head, lag, caughtUp, replaying,
                error(name, processor, segments, position), stuckFor(name, segments.isEmpty(), position, lag));
    }

    private Optional<String> error(String name, StreamingEventProcessor processor,
                                   Collection<EventTrackerStatus> segments, OptionalLong position) {
        if (processor.isError()) {
            return Optional.of("the processor is retrying after an error");
        }
        Optional<String> segmentError = segments.stream()
                .filter(EventTrackerStatus::isErrorState)
                .findFirst()
                .map(status -> "segment " + status.getSegment().getSegmentId() + ": "
                        + (status.getError() == null ? "error" : status.getError().getClass().getSimpleName() + ": "
                        + status.getError().getMessage()));
        if (segmentError.isPresent()) {
            return segmentError;
        }
        return failures.of(name, holdsEverySegment(segments) ? position : OptionalLong.empty()).map(failure -> "failed on event " + failure.eventId()
                + failure.position().stream().mapToObj(at -> " at position " + at).findFirst().orElse("")
                + " since " + failure.at() + ": " + failure.cause());
    }

    /** Whether the segments held here cover the whole stream (a segment of mask m covers 1/(m+1) of it). */
    private static boolean holdsEverySegment(Collection<EventTrackerStatus> segments) {
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered > 0.999;
    }

    /**
     * How long the processor has been behind without moving. A processor is not judged while it holds no segment
     * here (another instance holds them, or it is between claims).
     */
    private Optional<Duration> stuckFor(String name, boolean nothingHeld, OptionalLong position, OptionalLong lag) {
        Instant now = clock.instant();
        if (nothingHeld) {
            return Optional.empty();
        }
        Moved moved = lastMoved.compute(name, (key, before) ->
                before == null || !before.position().equals(position) ? new Moved(position, now) : before);
        if (lag.orElse(0) == 0) {
            lastMoved.put(name, new Moved(position, now));
            return Optional.empty();
        }
        Duration still = Duration.between(moved.at(), now);
        return still.compareTo(stuckAfter) >= 0 ? Optional.of(still) : Optional.empty();
    }
}
