package se.lofteskollen.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.lofteskollen.query.progress.PromiseChanges;
import se.lofteskollen.query.readmodels.BatchCommits;
import se.lofteskollen.query.web.NotFound;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the open progress streams ({@link ProgressStreamController}) when their promise's figures have changed, by
 * the promise's change number ({@link PromiseChanges}), which moves in the same transaction as each batch of the read
 * models that touches the promise: once a stream has a number, the figures of that number can be read.
 *
 * <p>One thread does it for every stream of this instance. It wakes when this instance's processor has committed a
 * batch ({@link BatchCommits}), or after {@code poll} for batches another instance committed, and then reads the
 * numbers of the promises someone watches in one query, however many streams are open (none while none are); each
 * stream of a promise whose number has moved is sent the new one. Looks are at least {@link #LOOKS_APART} apart, so a
 * burst of batches costs a few looks, and a stream is sent only the newest number. Every {@code heartbeat} each stream
 * gets a comment, so that proxies keep it open and a client gone is found (its write fails) and forgotten. A stream
 * ends after {@code timeout} (the browser opens it again and is sent the number as it then stands), and at most
 * {@code max-streams} are open at once: each holds a connection, though no thread.
 *
 * <p>Events are tiny and few, so one thread writes them all: a client that reads nothing fills its socket's buffer
 * only after hours of heartbeats, and its stream has ended long before.
 */
@Component
class LiveProgress implements SmartLifecycle {

    static final String EVENT = "progress";
    /** How close together two looks at the change numbers may come. */
    static final Duration LOOKS_APART = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(LiveProgress.class);

    /** The streams of one promise, and the newest number they have been sent. */
    private static final class Watched {
        final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
        /** Written by the watching thread only, once the promise is watched. */
        volatile long sent;

        Watched(long sent) {
            this.sent = sent;
        }
    }

    private final PromiseChanges changes;
    private final BatchCommits batches;
    private final int maxStreams;
    private final Duration timeout;
    private final Duration heartbeat;
    private final Duration poll;
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile Thread watcher;

    LiveProgress(PromiseChanges changes, BatchCommits batches,
                 @Value("${lofteskollen.live.max-streams:1000}") int maxStreams,
                 @Value("${lofteskollen.live.timeout:15m}") Duration timeout,
                 @Value("${lofteskollen.live.heartbeat:20s}") Duration heartbeat,
                 @Value("${lofteskollen.live.poll:1s}") Duration poll) {
        this.changes = changes;
        this.batches = batches;
        this.maxStreams = maxStreams;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
        this.poll = poll;
    }

    /**
     * A new stream of the promise's change number, sent the number as it stands now first; empty when as many
     * streams are open as allowed.
     *
     * @throws NotFound when the read models know no such promise
     */
    Optional<SseEmitter> open(String promiseId) {
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return Optional.empty();
        }
        SseEmitter stream;
        Long now;
        try {
            now = changes.changed(promiseId);
            if (now == null) {
                throw new NotFound("no promise " + promiseId);
            }
            stream = new SseEmitter(timeout.toMillis());
        } catch (RuntimeException notOpened) {
            open.decrementAndGet();
            throw notOpened;
        }
        watched.compute(promiseId, (id, streams) -> {
            Watched kept = streams != null ? streams : new Watched(now);
            kept.streams.add(stream);
            return kept;
        });
        stream.onCompletion(() -> forget(promiseId, stream));
        stream.onError(failure -> forget(promiseId, stream));
        // Ending is normal: the browser opens the stream again and is told the number as it then stands.
        stream.onTimeout(stream::complete);
        send(promiseId, stream, now);
        return Optional.of(stream);
    }

    /** How many streams are open on this instance. */
    int openStreams() {
        return open.get();
    }

    private void forget(String promiseId, SseEmitter stream) {
        watched.computeIfPresent(promiseId, (id, kept) -> {
            if (kept.streams.remove(stream)) {
                open.decrementAndGet();
            }
            return kept.streams.isEmpty() ? null : kept;
        });
    }

    private void send(String promiseId, SseEmitter stream, long number) {
        try {
            stream.send(SseEmitter.event().name(EVENT).id(Long.toString(number)).data(Long.toString(number)));
        } catch (IOException | IllegalStateException gone) {
            // The client left or the stream has ended: the container completes it, and it is forgotten here now.
            forget(promiseId, stream);
        }
    }

    private void beat(String promiseId, SseEmitter stream) {
        try {
            stream.send(SseEmitter.event().comment(""));
        } catch (IOException | IllegalStateException gone) {
            forget(promiseId, stream);
        }
    }

    private void watch() {
        long seen = batches.count();
        long lastLook = System.nanoTime() - LOOKS_APART.toNanos();
        long nextBeat = System.nanoTime() + heartbeat.toNanos();
        while (watcher == Thread.currentThread()) {
            try {
                long untilBeat = nextBeat - System.nanoTime();
                batches.awaitAfter(seen, Duration.ofNanos(Math.max(1, Math.min(poll.toNanos(), untilBeat))));
                seen = batches.count();
                long early = lastLook + LOOKS_APART.toNanos() - System.nanoTime();
                if (early > 0) {
                    Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                }
                lastLook = System.nanoTime();
                look();
                if (System.nanoTime() - nextBeat >= 0) {
                    watched.forEach((promiseId, kept) -> kept.streams.forEach(stream -> beat(promiseId, stream)));
                    nextBeat = System.nanoTime() + heartbeat.toNanos();
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                // The database may be away for a moment: the streams stay open, and the next look tries again.
                log.warn("Live progress: could not read the promises' change numbers", failure);
            }
        }
    }

    /** One query for the numbers of every promise watched; each stream of one that moved is sent its new number. */
    private void look() {
        if (watched.isEmpty()) {
            return;
        }
        Map<String, Long> numbers = changes.changed(Set.copyOf(watched.keySet()));
        numbers.forEach((promiseId, number) -> {
            Watched kept = watched.get(promiseId);
            if (kept != null && number > kept.sent) {
                kept.sent = number;
                kept.streams.forEach(stream -> send(promiseId, stream, number));
            }
        });
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::watch, "live-progress");
        thread.setDaemon(true);
        watcher = thread;
        thread.start();
    }

    /** Ends every stream first, so that a graceful shutdown does not wait for browsers to leave. */
    @Override
    public void stop() {
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
        watched.values().forEach(kept -> kept.streams.forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
