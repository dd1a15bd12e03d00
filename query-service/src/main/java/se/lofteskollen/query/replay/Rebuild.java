package se.lofteskollen.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replays every read model from the start of the event store: stop the processor, reset its tokens (the
 * {@code @ResetHandler}s of every group empty their tables, and the dead letters are cleared, in the same
 * transaction), replay with replay-sized batches ({@link ReplayProcessor}) and log the progress until the replay has
 * caught up; then the live processor takes over again. All read models are in one processor, so a rebuild is of
 * them all. A replay that an earlier run of the service left unfinished (a restart, or the upgrade to one processor,
 * see {@link ProcessorUpgrade}) goes on the same way once the service is up.
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
    private final ReplayProcessor replay;
    private final TokenPositions tokens;
    private final JdbcTemplate jdbc;
    private final Duration logEvery;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> lastRun = new AtomicReference<>();
    private final AtomicBoolean starting = new AtomicBoolean();

    public Rebuild(EventProcessingConfiguration processing, ReplayProcessor replay, TokenPositions tokens,
                   JdbcTemplate jdbc, @Value("${lofteskollen.rebuild.log-every:5s}") Duration logEvery) {
        this.processing = processing;
        this.replay = replay;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.logEvery = logEvery;
    }

    /** The outcome of asking for a rebuild of the processor. */
    public record Started(String processor, boolean started, String detail) {
    }

    /** Asked for while another rebuild is being started or is still replaying: nothing was changed. */
    public static final class AlreadyRunning extends IllegalStateException {
        AlreadyRunning(String message) {
            super(message);
        }
    }

    /**
     * Rebuilds the read models. The names (processing groups, or the processor) may be empty; whichever are named,
     * every read model is rebuilt, since they share one processor and its token. One rebuild at a time: a second one
     * asked for while the first is being started, or while it still replays, is refused with {@link AlreadyRunning}
     * rather than queued behind it, since it would empty the read models again under the first.
     */
    public List<Started> rebuild(List<String> names) {
        if (names != null) {
            names.forEach(Processors::processorOf);
        }
        if (!starting.compareAndSet(false, true)) {
            throw new AlreadyRunning("another rebuild is being started; ask again when it is done (GET /actuator/rebuild)");
        }
        try {
            if (replaying(Processors.READ_MODELS)) {
                throw new AlreadyRunning("a rebuild is still replaying " + Processors.READ_MODELS
                        + "; ask again when it is done (GET /actuator/rebuild)");
            }
            return List.of(rebuildReadModels());
        } finally {
            starting.set(false);
        }
    }

    private Started rebuildReadModels() {
        String name = Processors.READ_MODELS;
        StreamingEventProcessor live = live();
        long head = headPosition();
        long total = eventsUpTo(head);
        log.info("Rebuild of {} ({}): stopping the processor to replay {} events (up to position {})", name,
                Processors.ALL, total, head);
        live.shutDown();
        try {
            live.resetTokens();
        } catch (UnableToClaimTokenException | IllegalStateException refused) {
            live.start();
            String owners = owners();
            log.warn("Rebuild of {} refused, nothing changed: {}. Held: {}. Stop the processors of the "
                    + "other instances (or scale down to one), then ask again.", name, refused.getMessage(), owners);
            return new Started(name, false, "segments held by other instances (" + owners + "): " + refused.getMessage());
        }
        replayWithReplayBatches(new Run(head, total, Instant.now()));
        log.info("Rebuild of {} started: its tables are empty and it replays from the first event", name);
        return new Started(name, true, "replaying " + total + " events into every read model " + Processors.ALL
                + "; progress in the log and at GET /actuator/rebuild");
    }

    /**
     * A replay left unfinished by an earlier run of this service (stopped mid-rebuild, or the upgrade to one
     * processor, {@link ProcessorUpgrade}) goes on with replay batches once the service is up.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinishedReplay() {
        if (starting.compareAndSet(false, true)) {
            try {
                if (!replay.running() && tokensReplaying()) {
                    long head = tokens.of(Processors.READ_MODELS).stream()
                            .mapToLong(TokenPositions.SegmentToken::resetAt).max().orElse(headPosition());
                    long total = eventsUpTo(head);
                    log.info("The read models are still replaying (up to position {}, {} events): going on with "
                            + "replay batches", head, total);
                    replayWithReplayBatches(new Run(head, total, Instant.now()));
                }
            } finally {
                starting.set(false);
            }
        }
    }

    private void replayWithReplayBatches(Run run) {
        replay.takeOver(live());
        Run previous = lastRun.getAndSet(run);
        if (previous != null) {
            previous.stop();
        }
        // Checked often so that the end is seen (and timed, and handed back to the live processor) promptly.
        run.monitoring = monitor.scheduleWithFixedDelay(() -> report(run), CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Where the rebuild stands (events done of total), and the processor's segments. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("headPosition", headPosition());
        Map<String, Object> processor = new LinkedHashMap<>();
        List<TokenPositions.SegmentToken> segments = tokens.of(Processors.READ_MODELS);
        boolean replaying = segments.stream().anyMatch(TokenPositions.SegmentToken::replaying);
        long position = lowestPosition(segments);
        processor.put("groups", Processors.ALL);
        processor.put("replaying", replaying || replay.running());
        processor.put("batches", replay.running() ? "replay" : "live");
        processor.put("position", position);
        processor.put("segments", segments.stream().map(segment -> Map.of(
                "segment", segment.segment(), "position", segment.position(), "replaying", segment.replaying(),
                "owner", segment.owner() == null ? "" : segment.owner())).toList());
        Run run = lastRun.get();
        if (run != null) {
            boolean finished = run.finished || (!replaying && position >= run.head);
            long done = finished ? run.total : Math.min(run.total, eventsUpTo(Math.min(position, run.head)));
            Map<String, Object> rebuild = new LinkedHashMap<>();
            rebuild.put("startedAt", run.startedAt.toString());
            rebuild.put("eventsTotal", run.total);
            rebuild.put("eventsDone", done);
            rebuild.put("percentDone", run.total == 0 ? 100 : done * 100 / run.total);
            rebuild.put("finished", finished);
            processor.put("lastRebuild", rebuild);
        }
        status.put(Processors.READ_MODELS, processor);
        return status;
    }

    /**
     * Is the processor of this group (or the processor itself) still replaying: a segment behind the position it was
     * reset at, or the replay batches not yet handed back to the live processor here?
     */
    public boolean replaying(String groupOrProcessor) {
        Processors.processorOf(groupOrProcessor);
        return tokensReplaying() || replay.running();
    }

    private boolean tokensReplaying() {
        return tokens.of(Processors.READ_MODELS).stream().anyMatch(TokenPositions.SegmentToken::replaying);
    }

    private void report(Run run) {
        try {
            List<TokenPositions.SegmentToken> segments = tokens.of(Processors.READ_MODELS);
            long position = lowestPosition(segments);
            boolean replaying = segments.stream().anyMatch(TokenPositions.SegmentToken::replaying);
            double seconds = Math.max(0.001, Duration.between(run.startedAt, Instant.now()).toMillis() / 1000.0);
            if (!replaying && position >= run.head) {
                run.done = run.total;
                run.finished = true;
                if (replay.running()) {
                    replay.handBack(live());
                }
                log.info("Rebuild of {} done: {} events in {} s ({} events/s); the live processor goes on",
                        Processors.READ_MODELS, run.total, String.format("%.1f", seconds), Math.round(run.total / seconds));
                run.stop();
                return;
            }
            if (Duration.between(run.lastLogged, Instant.now()).compareTo(logEvery) >= 0) {
                run.done = Math.min(run.total, eventsUpTo(Math.min(position, run.head)));
                run.lastLogged = Instant.now();
                log.info("Rebuild of {}: {} / {} events ({} %), {} events/s", Processors.READ_MODELS, run.done, run.total,
                        run.total == 0 ? 100 : run.done * 100 / run.total, Math.round(run.done / seconds));
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the progress of the rebuild of {}: {}", Processors.READ_MODELS, e.getMessage());
        }
    }

    private StreamingEventProcessor live() {
        return processing.eventProcessor(Processors.READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("processor " + Processors.READ_MODELS + " is not running here"));
    }

    private static long lowestPosition(List<TokenPositions.SegmentToken> segments) {
        return segments.stream().mapToLong(TokenPositions.SegmentToken::position).min().orElse(-1);
    }

    private long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    private long eventsUpTo(long position) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class, position);
        return count == null ? 0 : count;
    }

    private String owners() {
        return tokens.of(Processors.READ_MODELS).stream()
                .filter(segment -> segment.owner() != null)
                .map(segment -> "segment " + segment.segment() + " by " + segment.owner())
                .reduce((a, b) -> a + ", " + b).orElse("nobody");
    }

    @PreDestroy
    void stopMonitoring() {
        monitor.shutdownNow();
    }

    private static final class Run {
        final long head;
        final long total;
        final Instant startedAt;
        volatile long done;
        volatile boolean finished;
        volatile Instant lastLogged;
        volatile ScheduledFuture<?> monitoring;

        Run(long head, long total, Instant startedAt) {
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
