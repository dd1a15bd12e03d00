package se.lofteskollen.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.annotation.PreDestroy;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReplayProcessor;
import se.lofteskollen.query.readmodels.TokenPositions;

import javax.sql.DataSource;
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
 * Rebuilds every read model from the start of the event store beside the live ones: new tables
 * ({@link ShadowTables}), a processor of its own writing them with replay batches ({@link ShadowProcessor}), and,
 * once it has caught up and its tables are complete, one transaction that puts the new tables and the new token in
 * place of the live ones ({@link #swap}). The live tables answer and stay current meanwhile; nothing of them changes
 * before that transaction, so a killed rebuild leaves them as they were, and the next start drops what it left
 * ({@link #dropUnfinishedRebuild}).
 *
 * <p>The replay in place (reset tokens, empty tables, {@link ReplayProcessor}) remains for the upgrade to one
 * processor ({@link ProcessorUpgrade}); one left unfinished goes on once the service is up.
 *
 * <p>With several instances: the swap claims every segment of the live processor, so a rebuild is refused while
 * another instance holds one, and given up (the live tables as they were) if one takes a segment over meanwhile.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);
    private static final Duration SWAP_WAITS_FOR_READERS = Duration.ofSeconds(2);
    private static final int SWAP_ATTEMPTS = 10;

    private final EventProcessingConfiguration processing;
    private final ReplayProcessor replay;
    private final TokenPositions tokens;
    private final JdbcTemplate jdbc;
    private final ShadowProcessor shadow;
    private final ShadowTables shadowTables;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final Duration logEvery;
    /**
     * The rebuild's own segments (lofteskollen.rebuild.segments, 1 by default): on two cores a second one made the
     * rebuild slower (one PostgreSQL connection's writes are most of its work, and the cores were already busy), on a
     * machine with more it may not.
     */
    private final int segments;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> lastRun = new AtomicReference<>();
    private final AtomicBoolean starting = new AtomicBoolean();

    public Rebuild(EventProcessingConfiguration processing, ReplayProcessor replay, TokenPositions tokens,
                   JdbcTemplate jdbc, ShadowProcessor shadow, PlatformTransactionManager transactions,
                   DataSource dataSource, @Value("${lofteskollen.rebuild.log-every:5s}") Duration logEvery,
                   @Value("${lofteskollen.rebuild.segments:1}") int segments) {
        this.processing = processing;
        this.replay = replay;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.shadow = shadow;
        this.shadowTables = new ShadowTables(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.logEvery = logEvery;
        if (segments < 1) {
            throw new IllegalStateException("lofteskollen.rebuild.segments must be 1 or more, not " + segments);
        }
        this.segments = segments;
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
        String owners = ownersElsewhere();
        if (!owners.isEmpty()) {
            log.warn("Rebuild of {} refused, nothing changed: the swap needs every segment, held: {}. Stop the "
                    + "processors of the other instances (or scale down to one), then ask again.", name, owners);
            return new Started(name, false, "segments held by other instances (" + owners + ")");
        }
        RebuildLock lock = RebuildLock.take(dataSource);
        if (lock == null) {
            throw new AlreadyRunning("a rebuild runs on another instance; ask again when it is done");
        }
        try {
            long head = headPosition();
            long total = eventsUpTo(head);
            transaction.executeWithoutResult(status -> {
                shadowTables.create();
                jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", ShadowProcessor.NAME);
                // Its tokens from the first event, there before this answers: whoever watches the token table sees
                // the rebuild behind from the start, not only once its processor has got going.
                processing.tokenStore(Processors.READ_MODELS).initializeTokenSegments(ShadowProcessor.NAME, segments);
            });
            log.info("Rebuild of {} ({}): replaying {} events (up to position {}) into new tables beside the live "
                    + "ones, which keep answering", name, Processors.ALL, total, head);
            Run run = new Run(head, total, Instant.now(), lock, new EventsCounted(jdbc));
            shadow.processor().start();
            watch(run);
            return new Started(name, true, "replaying " + total + " events into new tables for every read model "
                    + Processors.ALL + "; they replace the live ones when done; progress in the log and at "
                    + "GET /actuator/rebuild");
        } catch (RuntimeException failed) {
            lock.release();
            throw failed;
        }
    }

    /**
     * The rebuild has caught up: its processor stops and its tables are completed while the live processor still
     * runs ({@link ShadowTables#complete}); then the live processor stops too, and in one transaction the new tables
     * take the live ones' place and the live token the rebuild's position; then the live processor goes on from there.
     * If another instance took the live segments meanwhile, nothing is swapped and the rebuild is given up.
     */
    private void swap(Run run) {
        StreamingEventProcessor live = live();
        shadow.processor().shutDown();
        try {
            // While the live processor still runs: what it takes meanwhile, it takes again from the new token.
            shadowTables.complete();
        } catch (RuntimeException failed) {
            giveUp(run, failed);
            run.lock.release();
            return;
        }
        live.shutDown();
        try {
            inTurnWithReaders(() -> transaction.executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL lock_timeout = '" + SWAP_WAITS_FOR_READERS.toMillis() + "ms'");
                int liveSegments = claimLiveSegments();
                TrackingToken reached = whereTheRebuildStands();
                jdbc.update("DELETE FROM token_entry WHERE processor_name IN (?, ?)", Processors.READ_MODELS,
                        ShadowProcessor.NAME);
                processing.tokenStore(Processors.READ_MODELS)
                        .initializeTokenSegments(Processors.READ_MODELS, liveSegments, reached);
                shadowTables.swapIn();
            }));
            giveBackTheRebuildsHeap();
            run.finished = true;
            run.done = run.total;
        } catch (RuntimeException refused) {
            giveUp(run, refused);
        } finally {
            live.start();
            run.lock.release();
        }
    }

    private void giveUp(Run run, RuntimeException why) {
        run.failed = why.getMessage();
        log.warn("Rebuild of {} given up, the live tables are as they were: {}", Processors.READ_MODELS, why.getMessage());
        dropShadow();
    }

    /**
     * The swap needs each table to itself for a moment, so it waits for the readers of that moment; the readers that
     * come after it wait behind it. A reader that takes long (an export of a year's audit) would hold them all, so the
     * swap gives way after {@link #SWAP_WAITS_FOR_READERS} (PostgreSQL's lock_timeout, SQLSTATE 55P03), lets them
     * through, and tries again a few times before it gives the rebuild up.
     */
    private static void inTurnWithReaders(Runnable swap) {
        for (int attempt = 1; ; attempt++) {
            try {
                swap.run();
                return;
            } catch (RuntimeException refused) {
                if (attempt >= SWAP_ATTEMPTS || !lockTimedOut(refused)) {
                    throw refused;
                }
                log.info("The swap waited {} ms for readers and lets them through; trying again ({} of {})",
                        SWAP_WAITS_FOR_READERS.toMillis(), attempt + 1, SWAP_ATTEMPTS);
                try {
                    Thread.sleep(SWAP_WAITS_FOR_READERS.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw refused;
                }
            }
        }
    }

    private static boolean lockTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rebuild fills the heap to its maximum (batches of a thousand events and their rows), and the serial collector
     * keeps the heap it grew until a full collection, which an everyday load may not need for hours. One full
     * collection when the rebuild is over gives the memory back (down to what jvm.options' MaxHeapFreeRatio leaves),
     * so the service returns to its everyday footprint. Once per rebuild, which an operator asks for.
     */
    private static void giveBackTheRebuildsHeap() {
        System.gc();
    }

    /**
     * A rebuild that a stopped (or killed) instance left half done is in the way of none: its tables and token are
     * dropped at start, unless a rebuild still runs on another instance (it holds the rebuild lock). The live tables
     * were never touched; ask again for a rebuild.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void dropUnfinishedRebuild() {
        RebuildLock lock = RebuildLock.take(dataSource);
        if (lock == null) {
            return;
        }
        try {
            boolean left = shadowTables.exist() || !tokens.of(ShadowProcessor.NAME).isEmpty();
            if (left) {
                log.info("A rebuild of {} was left unfinished: its new tables are dropped, the live ones are as they "
                        + "were; ask again for a rebuild", Processors.READ_MODELS);
                dropShadow();
            }
        } finally {
            lock.release();
        }
    }

    /**
     * What a killed instance leaves of a rebuild into new tables: it stops where it stands, never swaps, and its lock
     * goes; the new tables and their token stay until {@link #dropUnfinishedRebuild()} (a start) takes them away.
     */
    void abandon() {
        Run run = lastRun.get();
        if (run == null || run.lock == null || run.finished || run.failed != null) {
            return;
        }
        run.stop();
        run.failed = "abandoned";
        shadow.processor().shutDown();
        run.lock.release();
    }

    private void dropShadow() {
        transaction.executeWithoutResult(status -> {
            shadowTables.drop();
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", ShadowProcessor.NAME);
        });
    }

    /**
     * Who holds a segment of the live processor that this instance could not claim (the swap must): nobody, or the
     * owners. Asked by claiming each in a transaction that is rolled back, so nothing changes.
     */
    private String ownersElsewhere() {
        try {
            transaction.executeWithoutResult(status -> {
                claimLiveSegments();
                status.setRollbackOnly();
            });
            return "";
        } catch (UnableToClaimTokenException held) {
            return owners();
        }
    }

    private int claimLiveSegments() {
        TokenStore tokenStore = processing.tokenStore(Processors.READ_MODELS);
        int[] segments = tokenStore.fetchSegments(Processors.READ_MODELS);
        for (int segment : segments) {
            tokenStore.fetchToken(Processors.READ_MODELS, segment);
        }
        return Math.max(1, segments.length);
    }

    /**
     * The position every segment of the rebuild has reached, for the live processor's segments (however many it has)
     * to go on from: the rebuild's segments stopped at or near the head, and what one of them took beyond the lowest
     * is delivered again to the live processor, which the projections take without change.
     */
    private TrackingToken whereTheRebuildStands() {
        TokenStore tokenStore = processing.tokenStore(Processors.READ_MODELS);
        TrackingToken reached = null;
        for (int segment : tokenStore.fetchSegments(ShadowProcessor.NAME)) {
            TrackingToken token = tokenStore.fetchToken(ShadowProcessor.NAME, segment);
            reached = reached == null ? token : token == null ? null : token.lowerBound(reached);
            if (reached == null) {
                break;
            }
        }
        return reached;
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
                    replayWithReplayBatches(new Run(head, total, Instant.now(), null, new EventsCounted(jdbc)));
                }
            } finally {
                starting.set(false);
            }
        }
    }

    private void replayWithReplayBatches(Run run) {
        replay.takeOver(live());
        watch(run);
    }

    private void watch(Run run) {
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
            boolean intoNewTables = run.lock != null;
            long runPosition = intoNewTables ? lowestPosition(tokens.of(ShadowProcessor.NAME)) : position;
            boolean finished = run.finished || (!intoNewTables && !replaying && position >= run.head);
            long done = finished ? run.total : Math.min(run.total, run.counted.upTo(Math.min(runPosition, run.head)));
            Map<String, Object> rebuild = new LinkedHashMap<>();
            rebuild.put("startedAt", run.startedAt.toString());
            rebuild.put("eventsTotal", run.total);
            rebuild.put("eventsDone", done);
            rebuild.put("percentDone", run.total == 0 ? 100 : done * 100 / run.total);
            rebuild.put("finished", finished);
            rebuild.put("intoNewTables", intoNewTables);
            if (run.failed != null) {
                rebuild.put("failed", run.failed);
            }
            processor.put("lastRebuild", rebuild);
        }
        status.put(Processors.READ_MODELS, processor);
        return status;
    }

    /**
     * Is a rebuild of this group (or of the processor) still under way here: new tables being built and not yet
     * swapped in, a segment behind the position it was reset at, or the replay batches not yet handed back to the
     * live processor?
     */
    public boolean replaying(String groupOrProcessor) {
        Processors.processorOf(groupOrProcessor);
        Run run = lastRun.get();
        boolean intoNewTables = run != null && run.lock != null && !run.finished && run.failed == null;
        return intoNewTables || tokensReplaying() || replay.running();
    }

    private boolean tokensReplaying() {
        return tokens.of(Processors.READ_MODELS).stream().anyMatch(TokenPositions.SegmentToken::replaying);
    }

    private void report(Run run) {
        try {
            boolean intoNewTables = run.lock != null;
            List<TokenPositions.SegmentToken> segments = tokens.of(intoNewTables ? ShadowProcessor.NAME : Processors.READ_MODELS);
            long position = lowestPosition(segments);
            boolean replaying = segments.stream().anyMatch(TokenPositions.SegmentToken::replaying);
            double seconds = Math.max(0.001, Duration.between(run.startedAt, Instant.now()).toMillis() / 1000.0);
            if (!replaying && position >= run.head && (!segments.isEmpty() || run.head < 0)) {
                if (intoNewTables) {
                    run.stop();
                    swap(run);
                    if (run.failed != null) {
                        return;
                    }
                } else {
                    run.done = run.total;
                    run.finished = true;
                }
                if (replay.running()) {
                    replay.handBack(live());
                }
                log.info("Rebuild of {} done: {} events in {} s ({} events/s); the live processor goes on"
                                + (intoNewTables ? " from the new tables" : ""),
                        Processors.READ_MODELS, run.total, String.format("%.1f", seconds), Math.round(run.total / seconds));
                run.stop();
                return;
            }
            if (Duration.between(run.lastLogged, Instant.now()).compareTo(logEvery) >= 0) {
                run.done = Math.min(run.total, run.counted.upTo(Math.min(position, run.head)));
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
        /** Held while a rebuild into new tables runs; none for a replay in place (an upgrade's). */
        final RebuildLock lock;
        /** The events done so far, counted as the run goes on. */
        final EventsCounted counted;
        volatile long done;
        volatile boolean finished;
        volatile String failed;
        volatile Instant lastLogged;
        volatile ScheduledFuture<?> monitoring;

        Run(long head, long total, Instant startedAt, RebuildLock lock, EventsCounted counted) {
            this.lock = lock;
            this.counted = counted;
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
