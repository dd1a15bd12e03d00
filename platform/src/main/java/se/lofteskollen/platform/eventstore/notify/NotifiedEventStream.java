package se.lofteskollen.platform.eventstore.notify;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A stream over the store that reads only when there may be something new: after a notification, after a read
 * that did not reach the newest position known, or when a safety interval has passed. It tells Axon's pooled
 * processor that it calls back when events arrive, so the processor does not fall back to its fixed half-second
 * polling.
 *
 * <p>How far to read: each notification names the highest position its commits reached ({@link AppendNotifier}).
 * A read of one batch ({@link EventBatches}) that comes back full, or that stops short of that position, is followed
 * by another at once; one that reaches it is the last until the next notification. So an event that arrives on its
 * own costs one read, not Axon's read-until-empty. Where the newest position is not known (at the start, after the
 * listener reconnected, a notification without one, a safety poll), the stream reads until a read comes back empty,
 * as Axon's does. A notification of a position already read is ignored, unless the token has gaps: whatever filled
 * one may have been announced with a later commit's position.
 */
class NotifiedEventStream implements TrackingEventStream {

    private static final Logger log = LoggerFactory.getLogger(NotifiedEventStream.class);
    private static final long UNKNOWN = AppendNotifier.UNKNOWN;

    private final EventBatches store;
    private final AppendListener listener;
    private final long safetyPollNanos;
    private final Object signal = new Object();
    private final LongConsumer wake = this::wake;

    private TrackingToken lastToken;
    private Iterator<? extends TrackedEventMessage<?>> batch;
    private TrackedEventMessage<?> peeked;
    /** Read again once the batch is used up: it was full, or stopped short of where the store is known to be. */
    private boolean readOn;
    private volatile boolean mayHaveNew = true;
    /** The highest position notifications announced. */
    private volatile long announced = UNKNOWN;
    /**
     * Wake-ups that did not say how far the store is (the start counts as one), and how many of them a read that
     * came back empty had seen: while these differ, the stream reads until a read comes back empty.
     */
    private final AtomicLong unannounced = new AtomicLong(1);
    private long unannouncedSettled;
    /** The position read up to when the token has no gaps, else {@link #UNKNOWN}: for the listener's thread. */
    private volatile long readUpTo = UNKNOWN;
    private volatile Runnable callback;
    private long lastReadNanos;

    NotifiedEventStream(EventBatches store, AppendListener listener, TrackingToken from, long safetyPollMillis) {
        this.store = store;
        this.listener = listener;
        this.lastToken = from;
        this.safetyPollNanos = TimeUnit.MILLISECONDS.toNanos(safetyPollMillis);
        listener.subscribe(wake);
    }

    private void wake(long position) {
        if (position == UNKNOWN) {
            unannounced.incrementAndGet();
        } else {
            announced = Math.max(announced, position);
            long upTo = readUpTo;
            if (upTo != UNKNOWN && position <= upTo) {
                return; // read already, and no gap it could have filled
            }
        }
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
        if (batch != null) {
            if (batch.hasNext()) {
                peeked = batch.next();
                return true;
            }
            batch = null;
        }
        boolean safetyPoll = System.nanoTime() - lastReadNanos >= safetyPollNanos;
        if (!readOn && !mayHaveNew && !safetyPoll) {
            return false;
        }
        if (safetyPoll) {
            // Whatever was committed without a notification (one lost, or a writer that sends none) is found now.
            unannounced.incrementAndGet();
        }
        if (log.isTraceEnabled()) {
            log.trace("Reading events after {} ({})", lastToken, readOn ? "reading on" : mayHaveNew ? "woken" : "safety poll");
        }
        // Cleared before the read, so that a notification arriving during it is not lost.
        mayHaveNew = false;
        long unannouncedNow = unannounced.get();
        boolean unknown = unannouncedNow != unannouncedSettled;
        lastReadNanos = System.nanoTime();
        List<? extends TrackedEventMessage<?>> events = store.after(lastToken);
        TrackingToken reached = events.isEmpty() ? lastToken : events.get(events.size() - 1).trackingToken();
        long position = position(reached);
        readUpTo = reached instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty() ? UNKNOWN : position;
        if (events.isEmpty()) {
            unannouncedSettled = unannouncedNow; // whatever was committed before this read is in
            readOn = false;
            return false;
        }
        readOn = events.size() >= store.batchSize() || unknown || position < announced;
        batch = events.iterator();
        peeked = batch.next();
        return true;
    }

    /** The token's position in the store; {@link #UNKNOWN} before the first event. */
    private static long position(TrackingToken token) {
        return token == null ? UNKNOWN : token.position().orElse(UNKNOWN);
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

    @Override
    public synchronized void close() {
        listener.unsubscribe(wake);
        callback = null;
        batch = null;
    }
}
