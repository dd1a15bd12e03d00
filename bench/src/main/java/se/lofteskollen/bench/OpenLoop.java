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
    record Result(Histogram latency, long failures, long[] highestPerSecond) {

        /** The highest latency of the requests due in each second of the run, in ms: where in the run a tail was. */
        String highestPerSecondMs() {
            StringBuilder out = new StringBuilder();
            for (long micros : highestPerSecond) {
                out.append(out.isEmpty() ? "" : " ").append(Math.round(micros / 1e3));
            }
            return out.toString();
        }

        String describe() {
            return "p50 " + Benchmark.ms(latency.getValueAtPercentile(50) / 1e3) + " ms, p99 "
                    + Benchmark.ms(latency.getValueAtPercentile(99) / 1e3) + " ms";
        }
    }

    private OpenLoop() {
    }

    static Result run(int perSecond, int seconds, int threads, Request request) throws InterruptedException {
        Histogram latency = new Histogram(3);
        long[] highestPerSecond = new long[seconds];
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < perSecond * seconds; i++) {
            long intended = start + i * interval;
            int second = i / perSecond;
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
                long micros = Math.max(1, (System.nanoTime() - intended) / 1_000);
                synchronized (latency) {
                    latency.recordValue(micros);
                    highestPerSecond[second] = Math.max(highestPerSecond[second], micros);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return new Result(latency, failures.get(), highestPerSecond);
    }
}
