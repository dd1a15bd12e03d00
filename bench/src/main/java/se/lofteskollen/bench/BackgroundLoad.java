package se.lofteskollen.bench;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests at a fixed rate in the background (open loop: the rate does not fall when the answers slow down) until
 * closed, for measuring something else under load. Bounded: at most 16 requests in flight and 64 waiting; a
 * request that finds no room is dropped and counted.
 */
final class BackgroundLoad implements AutoCloseable {

    private static final int SENDERS = 16;

    private final long started = System.nanoTime();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final ThreadPoolExecutor senders = new ThreadPoolExecutor(SENDERS, SENDERS, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64), (task, pool) -> dropped.incrementAndGet());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    BackgroundLoad(double perSecond, ClosedLoopLoad.Request request) {
        ticker.scheduleAtFixedRate(() -> senders.execute(() -> {
            try {
                if (request.send(-1, sequence.incrementAndGet())) {
                    acknowledged.incrementAndGet();
                }
            } catch (Exception refused) {
                // not acknowledged; the rate shows it
            }
        }), 0, Math.max(1, (long) (1e9 / perSecond)), TimeUnit.NANOSECONDS);
    }

    /** "69 /s acknowledged, 0 dropped". */
    String achieved() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("%,.0f /s acknowledged", acknowledged.get() / seconds)
                + (dropped.get() > 0 ? ", " + dropped.get() + " not sent (the service fell behind)" : "");
    }

    @Override
    public void close() throws InterruptedException {
        ticker.shutdownNow();
        senders.shutdown();
        if (!senders.awaitTermination(60, TimeUnit.SECONDS)) {
            senders.shutdownNow();
        }
    }
}
