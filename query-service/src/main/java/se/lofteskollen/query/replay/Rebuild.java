package se.lofteskollen.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays projections from the start of the event store: stop the processor, reset its tokens (its
 * {@code @ResetHandler}s empty its tables in the same transaction), start it again, and log the progress until
 * the replay has caught up.
 *
 * <p>With several instances: a reset claims every segment of the processor, so it succeeds only when no other
 * instance holds one (their processors stopped, or their claims expired). Otherwise nothing changes: the
 * transaction with the emptied tables rolls back, this instance's processor starts again, and the caller is told
 * which owners hold which segments. The operator then stops the processors elsewhere (or scales down to one
 * instance), rebuilds, and starts the others; they join the replay where it stands, since the replay tokens are
 * in the token store.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    private final EventProcessingConfiguration processing;
    private final TokenPositions tokens;
    private final JdbcTemplate jdbc;
    private final Duration logEvery;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final AtomicBoolean starting = new AtomicBoolean();

    public Rebuild(EventProcessingConfiguration processing, TokenPositions tokens, JdbcTemplate jdbc,
                   @Value("${lofteskollen.rebuild.log-every:5s}") Duration logEvery) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.logEvery = logEvery;
    }

    /** The outcome of asking for a rebuild of one processor. */
    public record Started(String processor, boolean started, String detail) {
    }

    /** Asked for while another rebuild is being started or is still replaying: nothing was changed. */
    public static final class AlreadyRunning extends IllegalStateException {
        AlreadyRunning(String message) {
            super(message);
        }
    }

    /**
     * Rebuilds the named processors (all when empty), one after the other. One rebuild at a time: a second one
     * asked for while the first is being started, or while one of its processors still replays, is refused with
     * {@link AlreadyRunning} rather than queued behind it, since it would empty the read models again under the
     * first (and the operator could not tell which of the two a progress line belongs to).
     */
    public List<Started> rebuild(List<String> processors) {
        List<String> names = processors == null || processors.isEmpty() ? Processors.ALL : processors;
        for (String name : names) {
            if (!Processors.ALL.contains(name)) {
                throw new IllegalArgumentException("no processor " + name + "; there are " + Processors.ALL);
            }
        }
        if (!starting.compareAndSet(false, true)) {
            throw new AlreadyRunning("another rebuild is being started; ask again when it is done (GET /actuator/rebuild)");
        }
        try {
            List<String> stillReplaying = runs.values().stream()
                    .filter(run -> !run.finished && replaying(run.processor)).map(run -> run.processor).toList();
            if (!stillReplaying.isEmpty()) {
                throw new AlreadyRunning("a rebuild is still replaying " + stillReplaying
                        + "; ask again when it is done (GET /actuator/rebuild)");
            }
            List<Started> outcomes = new ArrayList<>();
            for (String name : names) {
                outcomes.add(rebuildOne(name));
            }
            return outcomes;
        } finally {
            starting.set(false);
        }
    }

    private Started rebuildOne(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("processor " + name + " is not running here"));
        long head = headPosition();
        long total = eventsUpTo(head);
        log.info("Rebuild of {}: stopping the processor to replay {} events (up to position {})", name, total, head);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException | IllegalStateException refused) {
            processor.start();
            String owners = owners(name);
            log.warn("Rebuild of {} refused, nothing changed: {}. Held: {}. Stop the processors of the "
                    + "other instances (or scale down to one), then ask again.", name, refused.getMessage(), owners);
            return new Started(name, false, "segments held by other instances (" + owners + "): " + refused.getMessage());
        }
        processor.start();
        Run run = new Run(name, head, total, Instant.now());
        Run previous = runs.put(name, run);
        if (previous != null) {
            previous.stop();
        }
        // Checked often so that the end is seen (and timed) promptly; logged every logEvery.
        run.monitoring = monitor.scheduleWithFixedDelay(() -> report(run), CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Rebuild of {} started: its tables are empty and it replays from the first event", name);
        return new Started(name, true, "replaying " + total + " events; progress in the log and at GET /actuator/rebuild");
    }

    /** Where each rebuild stands, and each processor's segments. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        long head = headPosition();
        status.put("headPosition", head);
        for (String name : Processors.ALL) {
            Map<String, Object> processor = new LinkedHashMap<>();
            List<TokenPositions.SegmentToken> segments = tokens.of(name);
            boolean replaying = segments.stream().anyMatch(TokenPositions.SegmentToken::replaying);
            long position = segments.stream().mapToLong(TokenPositions.SegmentToken::position).min().orElse(-1);
            processor.put("replaying", replaying);
            processor.put("position", position);
            processor.put("segments", segments.stream().map(segment -> Map.of(
                    "segment", segment.segment(), "position", segment.position(), "replaying", segment.replaying(),
                    "owner", segment.owner() == null ? "" : segment.owner())).toList());
            Run run = runs.get(name);
            if (run != null) {
                processor.put("lastRebuild", Map.of("startedAt", run.startedAt.toString(), "eventsTotal", run.total,
                        "eventsDone", run.done, "finished", run.finished || (!replaying && position >= run.head)));
            }
            status.put(name, processor);
        }
        return status;
    }

    /** Has every segment of these processors left its replay? */
    public boolean replaying(String processor) {
        return tokens.of(processor).stream().anyMatch(TokenPositions.SegmentToken::replaying);
    }

    private void report(Run run) {
        try {
            List<TokenPositions.SegmentToken> segments = tokens.of(run.processor);
            long position = segments.stream().mapToLong(TokenPositions.SegmentToken::position).min().orElse(-1);
            boolean replaying = segments.stream().anyMatch(TokenPositions.SegmentToken::replaying);
            double seconds = Math.max(0.001, Duration.between(run.startedAt, Instant.now()).toMillis() / 1000.0);
            if (!replaying && position >= run.head) {
                run.done = run.total;
                run.finished = true;
                log.info("Rebuild of {} done: {} events in {} s ({} events/s)", run.processor, run.total,
                        String.format("%.1f", seconds), Math.round(run.total / seconds));
                run.stop();
                return;
            }
            if (Duration.between(run.lastLogged, Instant.now()).compareTo(logEvery) >= 0) {
                run.done = Math.min(run.total, eventsUpTo(Math.min(position, run.head)));
                run.lastLogged = Instant.now();
                log.info("Rebuild of {}: {} / {} events ({} %), {} events/s", run.processor, run.done, run.total,
                        run.total == 0 ? 100 : run.done * 100 / run.total, Math.round(run.done / seconds));
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the progress of the rebuild of {}: {}", run.processor, e.getMessage());
        }
    }

    private long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    private long eventsUpTo(long position) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class, position);
        return count == null ? 0 : count;
    }

    private String owners(String processor) {
        return tokens.of(processor).stream()
                .filter(segment -> segment.owner() != null)
                .map(segment -> "segment " + segment.segment() + " by " + segment.owner())
                .reduce((a, b) -> a + ", " + b).orElse("nobody");
    }

    @PreDestroy
    void stopMonitoring() {
        monitor.shutdownNow();
    }

    private static final class Run {
        final String processor;
        final long head;
        final long total;
        final Instant startedAt;
        volatile long done;
        volatile boolean finished;
        volatile Instant lastLogged;
        volatile ScheduledFuture<?> monitoring;

        Run(String processor, long head, long total, Instant startedAt) {
            this.processor = processor;
            this.head = head;
            this.total = total;
            this.startedAt = startedAt;
            this.lastLogged = startedAt;
        }

        void stop() {
            if (monitoring != null) {
                monitoring.cancel(false);
            }
        }
    }
}
