package se.lofteskollen.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * N clients, each sending its next request as soon as the last is answered, for a fixed time after a
 * warm-up. Bounded in count and time; it stops by itself.
 */
final class ClosedLoopLoad {

    /** One request; answers whether it was acknowledged (2xx). */
    interface Request {
        boolean send(int client, long sequence) throws Exception;
    }

    /**
     * {@code issued}: the requests sent in the measured window, all answered by the time the run returns (those
     * answered after the window closed are not acknowledged in it, but their work was done).
     */
    record Result(int clients, long acknowledged, long failed, long issued, double seconds, Histogram latency,
                  long[] perSecond) {
        double perSecondRate() {
            return acknowledged / seconds;
        }

        double p50Millis() {
            return latency.getValueAtPercentile(50) / 1_000.0;
        }

        double p99Millis() {
            return latency.getValueAtPercentile(99) / 1_000.0;
        }
    }

    static Result run(int clients, Duration warmUp, Duration measured, long maxRequests, Request request)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong issued = new AtomicLong();
        int seconds = (int) Math.max(1, measured.toSeconds());
        AtomicLongArray perSecond = new AtomicLongArray(seconds + 1);
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            Thread thread = new Thread(() -> {
                while (true) {
                    long sequence = sent.incrementAndGet();
                    long before = System.nanoTime();
                    if (before >= end || sequence > maxRequests) {
                        return;
                    }
                    if (before >= measureFrom) {
                        issued.incrementAndGet();
                    }
                    boolean ok;
                    try {
                        ok = request.send(id, sequence);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom && after <= end) {
                        if (ok) {
                            acknowledged.incrementAndGet();
                            recorder.recordValue(Math.max(1, (after - before) / 1_000));
                            perSecond.incrementAndGet((int) Math.min(seconds, (after - measureFrom) / 1_000_000_000L));
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
            }, "load-" + client);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] counts = new long[seconds];
        for (int i = 0; i < seconds; i++) {
            counts[i] = perSecond.get(i);
        }
        return new Result(clients, acknowledged.get(), failed.get(), issued.get(), measured.toNanos() / 1e9,
                recorder.getIntervalHistogram(), counts);
    }

    private ClosedLoopLoad() {
    }
}
