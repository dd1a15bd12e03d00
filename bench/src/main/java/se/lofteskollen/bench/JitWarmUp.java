package se.lofteskollen.bench;

import java.time.Duration;
import java.util.List;

/**
 * Loads services, uncounted, until their JIT compilers have settled: a service that has run for a while has compiled
 * what its load runs, and the figures are of that service. On two cores HotSpot has one C2 compiler thread, and a
 * Spring application's request path keeps it busy for minutes after the first minute of load (at one client after a
 * minute at eight, the command-service's C2 thread took about as much CPU as its request threads, and first compiled
 * the report's own handler two and a half minutes in). So the load goes on, in rounds of ten seconds, until in one
 * round the compiler threads of every process together used less than {@link #QUIET} of their time, or the limit is
 * reached. Linux only: where /proc cannot be read, it loads for the minimum.
 */
final class JitWarmUp {

    /** One round of load, after which the compilers' CPU is read. */
    private static final Duration ROUND = Duration.ofSeconds(10);
    /** Compiler threads' CPU per second of load below which the compilers count as settled (3 % of one core). */
    private static final double QUIET = 0.03;

    /** How long it loaded, and whether the compilers had settled by then ("settled after 190 s"). */
    record Outcome(Duration loaded, boolean settled, double lastShare) {
        String describe() {
            return (settled ? "the JIT compilers settled after " : "the JIT compilers still busy after ")
                    + loaded.toSeconds() + " s (" + String.format("%.1f", lastShare * 100) + " % of a core in the last "
                    + ROUND.toSeconds() + " s)";
        }
    }

    /** Loads at least {@code minimum}, then until the compilers settle, at most {@code limit}. */
    static Outcome run(List<ServiceProcess> processes, int clients, Duration minimum, Duration limit,
                       ClosedLoopLoad.Request request) throws InterruptedException {
        Duration loaded = minimum.compareTo(ROUND) > 0 ? minimum.minus(ROUND) : Duration.ZERO;
        ClosedLoopLoad.run(clients, Duration.ZERO, loaded, Long.MAX_VALUE, request);
        double share;
        boolean settled;
        do {
            double before = CpuTime.compilerMillis(processes);
            long started = System.nanoTime();
            ClosedLoopLoad.run(clients, Duration.ZERO, ROUND, Long.MAX_VALUE, request);
            double after = CpuTime.compilerMillis(processes);
            double seconds = (System.nanoTime() - started) / 1e9;
            loaded = loaded.plus(ROUND);
            share = before < 0 || after < 0 ? 0 : (after - before) / 1000 / seconds;
            settled = share < QUIET;
            System.out.printf("JIT warm-up: %d s, compiler threads %.1f %% of a core%n", loaded.toSeconds(), share * 100);
        } while (!settled && loaded.compareTo(limit) < 0);
        return new Outcome(loaded, settled, share);
    }

    private JitWarmUp() {
    }
}
