package se.lofteskollen.bench;

import org.HdrHistogram.Histogram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures Löfteskollen against raw PostgreSQL in one run: it starts its own PostgreSQL and both
 * services as separate JVMs, loads them over HTTP on loopback only, prints a table and writes
 * BENCHMARKS.md. Every request loop is bounded in count and time.
 *
 * <p>Options (system properties): {@code -Dbench.quick=true} for a short smoke run,
 * {@code -Dbench.events=1000000} for the stored-event figures, {@code -Dbench.growth=10000000} to add
 * the growth figure (a long run).
 */
public final class Benchmark {

    private final boolean quick = Boolean.getBoolean("bench.quick");
    private final long storedEvents = Long.getLong("bench.events", quick ? 100_000 : 1_000_000);
    private final long growthEvents = Long.getLong("bench.growth", 0);
    private final Duration jitWarmUp = Duration.ofSeconds(quick ? 10 : 60);
    private final Duration warmUp = Duration.ofSeconds(quick ? 2 : 5);
    private final Duration measured = Duration.ofSeconds(quick ? 5 : 20);
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Benchmark().run(Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize());
        System.exit(0);
    }

    private void run(Path home) throws Exception {
        Path logs = Files.createDirectories(home.resolve("bench/target/logs"));
        try (BenchDatabase database = new BenchDatabase()) {
            RawInserts.createTable(database);
            ServiceProcess command = new ServiceProcess(home, "command-service",
                    18081, database.jdbcUrl(), logs.resolve("command-service.log"), List.of()).start();
            ServiceProcess query = new ServiceProcess(home, "query-service",
                    18082, database.jdbcUrl(), logs.resolve("query-service.log"), List.of()).start();
            try {
                Api api = new Api(command.baseUrl(), query.baseUrl());
                row("start-up time", "command-service " + millis(command.startUp()) + " ms, query-service "
                        + millis(query.startUp()) + " ms", "", "", "first start, empty store, seed loaded");

                commandThroughput(database, api);
                contention(database, api);
                freshness(api);
                long rssCommand = command.rssMegabytes();
                long rssQuery = query.rssMegabytes();
                row("RSS after load", "command-service " + rssCommand + " MB, query-service " + rssQuery + " MB",
                        "", "", "target: each ≤ 400 MB");
                replay(database, api, query);
                queryLatency(api);
                row("RSS at the end", "command-service " + command.rssMegabytes() + " MB, query-service "
                        + query.rssMegabytes() + " MB", "", "", "");
                if (growthEvents > 0) {
                    // The append rate of the event store, without the query-service replaying the millions of
                    // events appended in between (which would take the CPU the measurement needs).
                    query.close();
                    growth(database, api);
                }
            } finally {
                query.close();
                command.close();
            }
            String postgres = database.queryString("SHOW server_version");
            report(home, postgres);
        }
    }

    private void commandThroughput(BenchDatabase database, Api api) throws Exception {
        // Fresh JVMs interpret, then compile what runs often: the figures are of a service that has been running,
        // so both services first take reports (and project them) for a while, uncounted.
        ClosedLoopLoad.run(8, Duration.ZERO, jitWarmUp, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(null, "Uppvärmningen", (int) sequence) >= 0);
        for (int clients : new int[]{1, 8, 32}) {
            ClosedLoopLoad.Result raw = RawInserts.run(database, clients, warmUp, measured);
            ClosedLoopLoad.Result service = ClosedLoopLoad.run(clients, warmUp, measured, Long.MAX_VALUE,
                    (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0);
            row("place-visit reports over HTTP, " + clients + " client" + (clients == 1 ? "" : "s"),
                    rate(service) + " /s (p50 " + ms(service.p50Millis()) + ", p99 " + ms(service.p99Millis()) + " ms)",
                    rate(raw) + " /s (p50 " + ms(raw.p50Millis()) + ", p99 " + ms(raw.p99Millis()) + " ms)",
                    percent(service.perSecondRate() / raw.perSecondRate()),
                    clients == 8 ? "target ≥ 50 % of raw" : "");
        }
    }

    private void contention(BenchDatabase database, Api api) throws Exception {
        String prefix = "contention-" + UUID.randomUUID().toString().substring(0, 8);
        Duration duration = Duration.ofSeconds(quick ? 10 : 30);
        ClosedLoopLoad.Result result = ClosedLoopLoad.run(8, Duration.ZERO, duration, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(prefix + "-" + sequence, "Hamnen", (int) sequence) >= 0);
        long stored = database.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE '"
                + prefix + "-%'");
        long[] perSecond = result.perSecond();
        String firstAndLast = perSecond.length >= 10
                ? "first 5 s " + average(perSecond, 0, 5) + " /s, last 5 s " + average(perSecond, perSecond.length - 5, perSecond.length) + " /s"
                : "";
        row("8 clients on ONE commitment (6.2)", rate(result) + " /s, " + result.acknowledged() + " acknowledged, "
                        + stored + " stored, " + (result.acknowledged() - Math.min(result.acknowledged(), stored)) + " lost",
                "", "", firstAndLast + "; target ≥ 1,000 /s, not falling");
    }

    private void freshness(Api api) throws Exception {
        int samples = quick ? 50 : 300;
        Histogram lag = new Histogram(3);
        for (int i = 0; i < samples; i++) {
            long position = api.reportPlaceVisit(null, "Fräschhetstorget", i);
            long acknowledged = System.nanoTime();
            long deadline = acknowledged + TimeUnit.SECONDS.toNanos(10);
            // One read-your-write query, which the query-service answers as soon as its read model has the
            // report (asked again only if it answered 503 after its own wait).
            while (!api.visible(position) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            lag.recordValue(Math.max(1, (System.nanoTime() - acknowledged) / 1_000));
            Thread.sleep(20);
        }
        row("freshness: acknowledged → visible in the query API", "p50 " + ms(lag.getValueAtPercentile(50) / 1e3)
                        + ", p95 " + ms(lag.getValueAtPercentile(95) / 1e3) + ", p99 " + ms(lag.getValueAtPercentile(99) / 1e3)
                        + ", max " + ms(lag.getMaxValue() / 1e3) + " ms", "", "",
                samples + " reports one at a time; target p99 ≤ 50 ms");
    }

    private void replay(BenchDatabase database, Api api, ServiceProcess query) throws Exception {
        long before = database.queryLong("SELECT count(*) FROM domain_event_entry");
        long started = System.nanoTime();
        SyntheticEvents.append(database, storedEvents - Math.min(before, storedEvents), "replay");
        double appendSeconds = (System.nanoTime() - started) / 1e9;
        long total = database.queryLong("SELECT count(*) FROM domain_event_entry");
        long head = database.queryLong("SELECT max(global_index) FROM domain_event_entry");
        notes.add("The " + total + " stored events were written straight in SQL (" + Math.round(appendSeconds)
                + " s), shaped as the command-service writes them.");
        long replayStart = System.nanoTime();
        RebuildClient.rebuild(query.baseUrl());
        Drills.awaitEveryProcessorAt(database.jdbcUrl(), head, Duration.ofHours(2));
        double seconds = (System.nanoTime() - replayStart) / 1e9;
        row("replay: rebuild every read model from " + String.format("%,d", total) + " events",
                String.format("%,.0f events/s (%.0f s)", total / seconds, seconds), "", "", "target ≥ 20,000 events/s");
    }

    private void queryLatency(Api api) throws Exception {
        int perSecond = 200;
        int seconds = quick ? 5 : 20;
        Histogram latency = new Histogram(3);
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long intervalNanos = 1_000_000_000L / perSecond;
        for (int i = 0; i < perSecond * seconds; i++) {
            long intended = start + i * intervalNanos;
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
                    if (!api.progress()) {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                // From the intended send time, so a stall is not hidden (coordinated omission).
                synchronized (latency) {
                    latency.recordValue(Math.max(1, (System.nanoTime() - intended) / 1_000));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        row("progress query at " + perSecond + " req/s over " + String.format("%,d", storedEvents) + " stored events",
                "p50 " + ms(latency.getValueAtPercentile(50) / 1e3) + ", p99 " + ms(latency.getValueAtPercentile(99) / 1e3)
                        + " ms, " + failures.get() + " failed", "", "", "target p99 ≤ 20 ms");
    }

    private void growth(BenchDatabase database, Api api) throws Exception {
        ClosedLoopLoad.Result small = ClosedLoopLoad.run(8, warmUp, measured, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0);
        long stored = database.queryLong("SELECT count(*) FROM domain_event_entry");
        SyntheticEvents.append(database, Math.max(0, growthEvents - stored), "growth");
        ClosedLoopLoad.Result large = ClosedLoopLoad.run(8, warmUp, measured, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0);
        row("growth: reports/s at 8 clients with " + String.format("%,d", growthEvents) + " events stored",
                rate(large) + " /s", rate(small) + " /s at " + String.format("%,d", stored) + " stored",
                percent(large.perSecondRate() / small.perSecondRate()), "against the smaller store; query-service stopped");
    }

    private void report(Path home, String postgres) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| figure | Löfteskollen | raw PostgreSQL, same run | ratio | notes |\n|---|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", PostgreSQL " + postgres + (quick ? ", QUICK run (short durations, fewer events)" : "");
        System.out.println();
        System.out.println("Löfteskollen benchmark, " + LocalDate.now() + " (" + machine + ")");
        System.out.println(table);
        notes.forEach(System.out::println);

        Path template = home.resolve("bench/BENCHMARKS-method.md");
        String method = Files.exists(template) ? Files.readString(template) : "";
        String document = "# Benchmarks\n\n" + method + "\n## Latest run: " + LocalDate.now() + " (" + machine + ")\n\n"
                + table + "\n" + String.join("\n", notes.stream().map(note -> "- " + note).toList()) + "\n";
        Files.writeString(home.resolve("BENCHMARKS.md"), document, StandardCharsets.UTF_8);
        System.out.println("Written to " + home.resolve("BENCHMARKS.md"));
    }

    private void row(String figure, String service, String raw, String ratio, String note) {
        rows.add(new String[]{figure, service, raw, ratio, note});
        System.out.printf("%-60s %s | %s | %s | %s%n", figure, service, raw, ratio, note);
    }

    private static String rate(ClosedLoopLoad.Result result) {
        return String.format("%,.0f", result.perSecondRate());
    }

    private static String ms(double millis) {
        return millis < 10 ? String.format("%.1f", millis) : String.format("%.0f", millis);
    }

    private static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }

    private static long average(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / Math.max(1, to - from);
    }

    private Benchmark() {
    }
}
