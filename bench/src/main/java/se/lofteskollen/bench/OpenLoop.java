package se.lofteskollen.bench;

import org.HdrHistogram.Histogram;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests sent at a fixed rate whatever the answers take, each timed from when it was due, so that a stall shows
 * in the figures instead of slowing the load down (coordinated omission).
 */
final class OpenLoop {

    /** One request; answers whether it succeeded. */
    interface Request {
        boolean send() throws Exception;
    }

    /** The latencies, in microseconds, and how many requests failed. */
    record Result(Histogram latency, long failures) {

        String describe() {
            return "p50 " + Benchmark.ms(latency.getValueAtPercentile(50) / 1e3) + " ms, p99 "
                    + Benchmark.ms(latency.getValueAtPercentile(99) / 1e3) + " ms";
        }
    }

    private OpenLoop() {
    }

    static Result run(int perSecond, int seconds, int threads, Request request) throws InterruptedException {
        Histogram latency = new Histogram(3);
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < perSecond * seconds; i++) {
            long intended = start + i * interval;
            pool.execute(() -> {
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    if (!request.send()) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                synchronized (latency) {
                    latency.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return new Result(latency, failures.get());
    }
}
