package se.lofteskollen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many promises on one deployment ({@code ./bench.sh -Dbench.scale=true}): 300 municipalities' promises for five
 * years, 25 commitments each, and ten million events in all (sizes set by {@code bench.scale.municipalities},
 * {@code bench.scale.years}, {@code bench.scale.events}), written straight in SQL and taken in by a running
 * query-service. Measured, and written to BENCHMARKS-SCALE.md: one promise's dashboard query while it is the only
 * promise, and again among all the others; the roll-up of the latest year, idle and while reports keep arriving in
 * other promises; the catch-up rate; the query-service's RSS.
 */
final class ScaleBenchmark {

    private static final String ROLE = "bench_query";
    private final int municipalities = Integer.getInteger("bench.scale.municipalities", 300);
    private final int years = Integer.getInteger("bench.scale.years", 5);
    private final long events = Long.getLong("bench.scale.events", 10_000_000);
    private final int seconds = Integer.getInteger("bench.scale.seconds", 20);
    private final List<String> rows = new ArrayList<>();

    void run(Path home) throws Exception {
        Path logs = Files.createDirectories(home.resolve("bench/target/logs"));
        int lastYear = ScaleEvents.FIRST_YEAR + years - 1;
        String watched = ScaleEvents.promiseId(1, lastYear);
        try (BenchDatabase database = new BenchDatabase()) {
            database.createSuperuser(ROLE);
            String url = database.jdbcUrlWithoutUser(BenchDatabase.PROJECT);
            ScaleEvents scale = new ScaleEvents(database.jdbcUrl());
            try (ServiceProcess query = new ServiceProcess(home, "query-service", 18082, url,
                    logs.resolve("scale-query-service.log"), List.of("spring.datasource.username=" + ROLE)).start();
                 RssWatch rss = new RssWatch(List.of(query))) {
                Api api = new Api("http://127.0.0.1:1", query.baseUrl());
                long perPromise = events / ((long) municipalities * years);

                // One promise alone: municipality 1's latest year, with its share of the visits.
                scale.promises(1, 1, years);
                scale.visits(0, perPromise * years, 1, 1, years);
                long head = database.queryLong("SELECT max(global_index) FROM domain_event_entry");
                Drills.awaitEveryProcessorAt(database.jdbcUrl(), head, java.time.Duration.ofHours(1));
                String progressPath = "/api/promises/" + watched + "/progress";
                OpenLoop.Result alone = openLoop(50, () -> api.read(progressPath));
                row("a promise's progress (dashboard) while its municipality's are the only promises", describe(alone),
                        "the same promise below");

                // Every other municipality's promises and visits.
                long stored = database.queryLong("SELECT count(*) FROM domain_event_entry");
                long started = System.nanoTime();
                scale.promises(2, municipalities, years);
                long rest = Math.max(0, events - database.queryLong("SELECT count(*) FROM domain_event_entry"));
                scale.visits(perPromise * years, rest, 1, municipalities, years);
                double written = (System.nanoTime() - started) / 1e9;
                long total = database.queryLong("SELECT count(*) FROM domain_event_entry");
                head = database.queryLong("SELECT max(global_index) FROM domain_event_entry");
                long catchUp = System.nanoTime();
                Drills.awaitEveryProcessorAt(database.jdbcUrl(), head, java.time.Duration.ofHours(6));
                double caughtUp = (System.nanoTime() - catchUp) / 1e9;
                row("stored", String.format("%,d events: %,d promises × %d commitments, written in SQL in %.0f s", total,
                        (long) municipalities * years, ScaleEvents.COMMITMENTS, written), "");
                row("live catch-up of the running query-service", String.format("%,.0f events/s (%.0f s)",
                        (total - stored) / caughtUp, caughtUp), "");

                OpenLoop.Result among = openLoop(50, () -> api.read(progressPath));
                row("the same promise's progress among all " + String.format("%,d", (long) municipalities * years)
                        + " promises", describe(among), "as fast as alone");
                OpenLoop.Result rollupIdle = openLoop(20, () -> api.read("/api/rollup?year=" + lastYear));
                row("roll-up of " + lastYear + " (" + municipalities + " signed promises), idle", describe(rollupIdle),
                        "p99 ≤ 200 ms");
                OpenLoop.Result rollupBusy;
                String arriving;
                try (Arrivals arrivals = new Arrivals(scale, total, municipalities, years, 50)) {
                    rollupBusy = openLoop(20, () -> api.read("/api/rollup?year=" + lastYear));
                    arriving = arrivals.sent() + " visits arrived meanwhile";
                }
                row("roll-up of " + lastYear + " while 50 visits a second arrive in other promises", describe(rollupBusy)
                        + "; " + arriving, "p99 ≤ 200 ms");
                row("query-service RSS at the end", query.rssMegabytes() + " MB", "≤ 400 MB");
                row("query-service RSS, highest sample (four a second) through the run", rss.highest(), "≤ 400 MB");
            }
            report(home, database.queryString("SHOW server_version"));
        }
    }

    /** Requests at {@code perSecond} for the measuring time, open loop, after one that warms what later ones find kept. */
    private OpenLoop.Result openLoop(int perSecond, OpenLoop.Request request) throws Exception {
        // Warm: a first request works out what later ones find kept, as the first reader of a morning would.
        request.send();
        OpenLoop.Result result = OpenLoop.run(perSecond, seconds, 16, request);
        if (result.failures() > 0) {
            System.out.println(result.failures() + " requests failed");
        }
        return result;
    }

    /** Visits written in SQL at a steady rate into promises other than the watched one, until closed. */
    private static final class Arrivals implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong sent = new AtomicLong();
        private final Thread writer;

        Arrivals(ScaleEvents scale, long firstNumber, int municipalities, int years, int perSecond) {
            writer = new Thread(() -> {
                long number = firstNumber;
                while (running.get()) {
                    long tick = System.nanoTime();
                    try {
                        scale.visits(number, perSecond / 10, 2, municipalities, years);
                    } catch (Exception e) {
                        return;
                    }
                    number += perSecond / 10;
                    sent.addAndGet(perSecond / 10);
                    long rest = 100 - (System.nanoTime() - tick) / 1_000_000;
                    if (rest > 0) {
                        try {
                            Thread.sleep(rest);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }, "arrivals");
            writer.start();
        }

        long sent() {
            return sent.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            writer.join(10_000);
        }
    }

    private static String describe(OpenLoop.Result result) {
        return result.describe() + " (" + result.latency().getTotalCount() + " requests, " + result.failures() + " failed)";
    }

    private void row(String figure, String measured, String goal) {
        System.out.println(figure + ": " + measured);
        rows.add("| " + figure + " | " + measured + " | " + goal + " |");
    }

    private void report(Path home, String postgres) throws IOException {
        String document = "# Löfteskollen at scale\n\n"
                + "Written by `./bench.sh -Dbench.scale=true` on "
                + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC ("
                + Runtime.getRuntime().availableProcessors() + " cores, PostgreSQL " + postgres + "). "
                + municipalities + " municipalities × " + years + " years of signed promises, "
                + ScaleEvents.COMMITMENTS + " commitments each, " + String.format("%,d", events)
                + " events asked for, written straight in SQL as the command-service writes them (see `ScaleEvents`) "
                + "and taken in by a running query-service. Requests are open-loop, timed from when each was due.\n\n"
                + "| figure | measured | goal |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
        Files.writeString(home.resolve("BENCHMARKS-SCALE.md"), document, StandardCharsets.UTF_8);
        System.out.println("Written to " + home.resolve("BENCHMARKS-SCALE.md"));
    }
}
