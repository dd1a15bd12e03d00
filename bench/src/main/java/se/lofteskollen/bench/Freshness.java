package se.lofteskollen.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Freshness: one write at a time, timed from its acknowledgement until the query side answers it, bounded at
 * ten seconds a sample. Each sample is followed by a short pause, so that the figure is of an idle system.
 */
final class Freshness {

    interface Write<T> {
        T send(int sample) throws Exception;
    }

    interface Visible<T> {
        boolean answered(T written) throws Exception;
    }

    /** {@code poll}: the pause between two reads; zero for a query side that holds the read until it can answer. */
    static <T> Histogram measure(int samples, Write<T> write, Visible<T> visible, Duration poll) throws Exception {
        Histogram lag = new Histogram(3);
        for (int i = 0; i < samples; i++) {
            T written = write.send(i);
            long acknowledged = System.nanoTime();
            long deadline = acknowledged + TimeUnit.SECONDS.toNanos(10);
            while (!visible.answered(written) && System.nanoTime() < deadline) {
                if (poll.isZero()) {
                    Thread.onSpinWait();
                } else {
                    Thread.sleep(poll.toMillis());
                }
            }
            lag.recordValue(Math.max(1, (System.nanoTime() - acknowledged) / 1_000));
            Thread.sleep(20);
        }
        return lag;
    }

    /** "p50 17, p95 32, p99 39, max 272 ms". */
    static String describe(Histogram lag) {
        return "p50 " + Benchmark.ms(lag.getValueAtPercentile(50) / 1e3) + ", p95 " + Benchmark.ms(lag.getValueAtPercentile(95) / 1e3)
                + ", p99 " + Benchmark.ms(lag.getValueAtPercentile(99) / 1e3) + ", max " + Benchmark.ms(lag.getMaxValue() / 1e3) + " ms";
    }

    private Freshness() {
    }
}
