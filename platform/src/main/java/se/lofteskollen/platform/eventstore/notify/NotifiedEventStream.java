package se.lofteskollen.platform.eventstore.notify;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stream over the storage engine that reads only when there may be something new: after a
 * notification, after a read that returned events (there may be more), or when a safety interval
 * has passed. It tells Axon's pooled processor that it calls back when events arrive, so the
 * processor does not fall back to its fixed half-second polling.
 */
class NotifiedEventStream implements TrackingEventStream {

    private static final Logger log = LoggerFactory.getLogger(NotifiedEventStream.class);

    private final EventStorageEngine storageEngine;
    private final AppendListener listener;
    private final long safetyPollNanos;
    private final Object signal = new Object();
    private final Runnable wake = this::wake;

    private TrackingToken lastToken;
    private Stream<? extends TrackedEventMessage<?>> batch;
    private Iterator<? extends TrackedEventMessage<?>> iterator;
    private TrackedEventMessage<?> peeked;
    private volatile boolean mayHaveNew = true;
    private volatile Runnable callback;
    private long lastReadNanos;

    NotifiedEventStream(EventStorageEngine storageEngine, AppendListener listener, TrackingToken from,
                        long safetyPollMillis) {
        this.storageEngine = storageEngine;
        this.listener = listener;
        this.lastToken = from;
        this.safetyPollNanos = TimeUnit.MILLISECONDS.toNanos(safetyPollMillis);
        listener.subscribe(wake);
    }

    private void wake() {
        mayHaveNew = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        Runnable onAvailable = callback;
        if (onAvailable != null) {
            onAvailable.run();
        }
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return fetchIfDue() ? Optional.of(peeked) : Optional.empty();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!fetchIfDue()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            synchronized (signal) {
                if (!mayHaveNew) {
                    TimeUnit.NANOSECONDS.timedWait(signal, Math.min(remaining, safetyPollNanos));
                }
            }
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // keep waiting: this call blocks until an event arrives
        }
        return take();
    }

    private synchronized TrackedEventMessage<?> take() {
        TrackedEventMessage<?> next = peeked;
        peeked = null;
        lastToken = next.trackingToken();
        return next;
    }

    /** Positions {@code peeked} on the next event if there is one, reading from the database only when due. */
    private synchronized boolean fetchIfDue() {
        if (peeked != null) {
            return true;
        }
        if (iterator != null) {
            if (iterator.hasNext()) {
                peeked = iterator.next();
                return true;
            }
            // Axon's batching stream never ends: every further hasNext() would query again. Drop it
            // and wait for a reason to read.
            closeBatch();
        }
        boolean due = mayHaveNew || System.nanoTime() - lastReadNanos >= safetyPollNanos;
        if (!due) {
            return false;
        }
        if (log.isTraceEnabled()) {
            log.trace("Reading events after {} ({})", lastToken, mayHaveNew ? "woken" : "safety poll");
        }
        // Cleared before the read, so that a notification arriving during it is not lost.
        mayHaveNew = false;
        lastReadNanos = System.nanoTime();
        batch = storageEngine.readEvents(lastToken, false);
        iterator = batch.iterator();
        if (iterator.hasNext()) {
            // No need to look again once this is used up: Axon's stream reads on until a read comes back empty,
            // and whatever commits after the flag was cleared notifies.
            peeked = iterator.next();
            return true;
        }
        closeBatch();
        return false;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        this.callback = callback;
        return true;
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        // every event is read; there is nothing to gain from skipping here
    }

    private void closeBatch() {
        if (batch != null) {
            batch.close();
            batch = null;
            iterator = null;
        }
    }

    @Override
    public synchronized void close() {
        listener.unsubscribe(wake);
        callback = null;
        closeBatch();
    }
}
