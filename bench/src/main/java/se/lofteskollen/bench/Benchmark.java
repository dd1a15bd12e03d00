package se.lofteskollen.bench;

import org.HdrHistogram.Histogram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Measures Löfteskollen against raw PostgreSQL and stock Axon in one run: it starts its own PostgreSQL, then
 * stock Axon's two services (when the reference is there) and, once they are stopped, the project's two, each
 * as a separate JVM, loads them over HTTP on loopback only, prints a table and writes BENCHMARKS.md. Every
 * request loop is bounded in count and time.
 *
 * <p>Options (system properties): {@code -Dbench.quick=true} for a short smoke run,
 * {@code -Dbench.events=1000000} for the stored-event figures, {@code -Dbench.growth=10000000} to add
 * the growth figure (a long run), {@code -Dbench.stock-axon=PATH} for the stock Axon reference (by default
 * {@code ../shared/reference/stock-axon} from the project's folder; where it is absent, its figures say so),
 * {@code -Dbench.replay-only=true} for the rebuild and what follows it alone (written to
 * {@code bench/target/logs/replay-only.md}, BENCHMARKS.md untouched), {@code -Dbench.commands-only=true} for the
 * command loads alone, without stock Axon ({@code bench/target/logs/commands-only.md}),
 * {@code -Dbench.freshness-only=true} for the freshness figures alone, after the JIT warm-up, the background at
 * {@code -Dbench.half-load} reports/s (625 by default; {@code bench/target/logs/freshness-only.md}), and
 * {@code -Dbench.samples=N} for the number of freshness samples (300).
 */
public final class Benchmark {

    private static final String COMMAND_ROLE = "bench_command";
    private static final String QUERY_ROLE = "bench_query";
    private static final int[] CLIENTS = {1, 8, 32};

    private final boolean quick = Boolean.getBoolean("bench.quick");
    /** Only the rebuild and what follows it (RSS, the progress query): for working on replay; BENCHMARKS.md is kept. */
    private final boolean replayOnly = Boolean.getBoolean("bench.replay-only");
    /** Only the command loads (throughput, one commitment, freshness), without stock Axon: for working on them. */
    private final boolean commandsOnly = Boolean.getBoolean("bench.commands-only");
    /**
     * Only the freshness figures, after the JIT warm-up, without stock Axon: for working on them. Their background
     * is half of an 8-client rate that is given, not measured ({@code bench.half-load}).
     */
    private final boolean freshnessOnly = Boolean.getBoolean("bench.freshness-only");
    private final double givenHalfLoad = Double.parseDouble(System.getProperty("bench.half-load", "625"));
    private final int freshnessSamples = Integer.getInteger("bench.samples", quick ? 50 : 300);
    private final long storedEvents = Long.getLong("bench.events", quick ? 100_000 : 1_000_000);
    private final long growthEvents = Long.getLong("bench.growth", 0);
    private final Duration jitWarmUp = Duration.ofSeconds(quick ? 10 : 60);
    private final Duration jitWarmUpLimit = Duration.ofSeconds(quick ? 20 : 360);
    private final Duration warmUp = Duration.ofSeconds(quick ? 2 : 5);
    private final Duration measured = Duration.ofSeconds(quick ? 5 : 20);
    private final Duration hotAggregate = Duration.ofSeconds(quick ? 10 : 30);
    private final Duration catchUp = Duration.ofMinutes(quick ? 1 : 3);
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Path logs;

    /** One measured load: its figures and the database round trips per request (empty where not counted). */
    private record Point(ClosedLoopLoad.Result result, String roundTrips, String cpu) {
    }

    /** Waits until the query side has taken in every event stored so far; answers whether it did in time. */
    private interface CatchUp {
        boolean await() throws Exception;
    }

    /** What stock Axon measured; a figure it did not get says why. */
    private static final class StockFigures {
        private final String notRun;
        private String failure;
        private Duration commandStartUp;
        private Duration queryStartUp;
        private final Map<Integer, Point> withQuery = new TreeMap<>();
        private final Map<Integer, Point> alone = new TreeMap<>();
        private ClosedLoopLoad.Result hot;
        private Histogram freshness;
        private Histogram freshnessUnderLoad;
        private String halfLoad;
        private String rss;
        private JitWarmUp.Outcome jit;

        private StockFigures(String notRun) {
            this.notRun = notRun;
        }

        <T> String cell(T figure, Function<T, String> describe) {
            if (figure != null) {
                return describe.apply(figure);
            }
            return notRun != null ? notRun : "not measured: " + failure;
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize();
        if (Boolean.getBoolean("bench.scale")) {
            new ScaleBenchmark().run(home);
        } else {
            new Benchmark().run(home);
        }
        System.exit(0);
    }

    private void run(Path home) throws Exception {
        logs = Files.createDirectories(home.resolve("bench/target/logs"));
        StockAxon.Prepared reference = replayOnly || commandsOnly || freshnessOnly
                ? StockAxon.Prepared.skipped(home) : StockAxon.prepare(home, logs);
        try (BenchDatabase database = new BenchDatabase()) {
            RawInserts.createTable(database);
            RoundTrips trips = RoundTrips.install(database);
            if (trips.unavailable() != null) {
                notes.add("Round trips were not counted: " + trips.unavailable() + ".");
            }
            StockFigures stock = new StockFigures(reference.notRun());
            notes.add(reference.notRun() == null
                    ? "Stock Axon: the reference in " + reference.reference() + ", built by the benchmark, each service with "
                    + "the project's jvm.options (" + String.join(" ", jvmOptions(home)) + ") against a database of its own."
                    : "Stock Axon " + reference.notRun() + " at " + reference.reference() + " (-Dbench.stock-axon=PATH).");
            if (reference.stockAxon() != null) {
                // Measured first and stopped before the project starts: the two never share the CPU.
                try (StockAxon stockAxon = reference.stockAxon()) {
                    measureStockAxon(stockAxon, database, trips, stock);
                }
                // Its tables' upkeep (autovacuum after a million rows, their WAL's checkpoint) is not the project's.
                database.execute("DROP DATABASE " + StockAxon.DATABASE + " WITH (FORCE)");
                database.settle();
            }
            database.createSuperuser(COMMAND_ROLE);
            database.createSuperuser(QUERY_ROLE);
            String url = database.jdbcUrlWithoutUser(BenchDatabase.PROJECT);
            ServiceProcess command = new ServiceProcess(home, "command-service", 18081, url,
                    logs.resolve("command-service.log"), List.of("spring.datasource.username=" + COMMAND_ROLE)).start();
            ServiceProcess query = new ServiceProcess(home, "query-service", 18082, url,
                    logs.resolve("query-service.log"), List.of("spring.datasource.username=" + QUERY_ROLE)).start();
            try {
                Api api = new Api(command.baseUrl(), query.baseUrl());
                row("start-up time", "command-service " + millis(command.startUp()) + " ms, query-service "
                                + millis(query.startUp()) + " ms",
                        stock.cell(stock.queryStartUp, started -> "command service " + millis(stock.commandStartUp)
                                + " ms, query service " + millis(started) + " ms"),
                        "", "", "", "", "first start, empty store (the project also loads its default data)");

                if (!replayOnly) {
                    try (RssWatch underLoad = new RssWatch(List.of(command, query))) {
                        if (freshnessOnly) {
                            warmUpTheJit(List.of(command, query), api, stock);
                            freshness(api, stock, givenHalfLoad);
                        } else {
                            double eightClients = commandThroughput(database, api, trips, stock, List.of(command, query));
                            contention(database, api, stock);
                            freshness(api, stock, eightClients / 2);
                        }
                        row("RSS, the most sampled during every load above", underLoad.highest(),
                                stock.cell(stock.rss, rss -> rss), "", "", "", "each ≤ 400 MB at every point",
                                "sampled 4 times a second while measuring");
                    }
                }
                if (!commandsOnly && !freshnessOnly) {
                    try (RssWatch rebuilding = new RssWatch(List.of(command, query))) {
                        replay(database, api, query);
                        row("RSS right after the rebuild", "command-service " + command.rssMegabytes() + " MB, query-service "
                                + query.rssMegabytes() + " MB", "", "", "", "", "each ≤ 400 MB", "");
                        queryLatency(api);
                        row("RSS, the most sampled during the rebuild and the progress queries", rebuilding.highest(),
                                "", "", "", "", "each ≤ 400 MB at every point", "");
                    }
                }
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

    /**
     * Stock Axon with its query service up (throughput, round trips, one hot aggregate, freshness), then with it
     * stopped (the command side alone), then stopped altogether.
     */
    private void measureStockAxon(StockAxon stockAxon, BenchDatabase database, RoundTrips trips, StockFigures stock)
            throws Exception {
        stockAxon.createDatabase(database);
        ServiceProcess command = null;
        ServiceProcess query = null;
        try {
            command = stockAxon.startCommandService(database);
            query = stockAxon.startQueryService(database);
            stock.commandStartUp = command.startUp();
            stock.queryStartUp = query.startUp();
            StockAxonApi api = new StockAxonApi(command.baseUrl(), query.baseUrl());
            ClosedLoopLoad.Request pledge = (client, sequence) -> api.pledge(sequence) != null;
            CatchUp projected = () -> StockAxon.caughtUp(database, catchUp);
            try (RssWatch rss = new RssWatch(List.of(command, query))) {
                stock.jit = JitWarmUp.run(List.of(command, query), 8, jitWarmUp, jitWarmUpLimit, pledge);
                projected.await();
                // It has no read-your-write query: the probe asks every 5 ms until the projection has the aggregate.
                stock.freshness = Freshness.measure(quick ? 20 : 100, api::pledge, api::visible, Duration.ofMillis(5));
                System.out.println("stock Axon freshness: " + Freshness.describe(stock.freshness));
                for (int clients : CLIENTS) {
                    Point point = point(clients, pledge, projected, trips, StockAxon.COMMAND_ROLE, StockAxon.QUERY_ROLE,
                            List.of(command, query));
                    stock.withQuery.put(clients, point);
                    System.out.println("stock Axon, query service up, " + clients + " clients: " + describe(point.result())
                            + "; round trips per command: " + point.roundTrips());
                }
                double half = stock.withQuery.get(8).result().perSecondRate() / 2;
                try (BackgroundLoad background = new BackgroundLoad(half, pledge)) {
                    stock.freshnessUnderLoad = Freshness.measure(quick ? 20 : 100, api::pledge, api::visible, Duration.ofMillis(5));
                    stock.halfLoad = String.format("%,.0f", half) + " /s asked, " + background.achieved();
                }
                projected.await();
                String hot = api.pledge(0);
                stock.hot = ClosedLoopLoad.run(8, Duration.ZERO, hotAggregate, Long.MAX_VALUE,
                        (client, sequence) -> api.recordMeeting(hot, "m-" + sequence));
                System.out.println("stock Axon, one aggregate from 8 clients: " + rate(stock.hot) + " /s");
                stock.rss = rss.highest();
            }
            query.close();
            for (int clients : CLIENTS) {
                Point alone = point(clients, pledge, null, trips, null, null, List.of(command));
                stock.alone.put(clients, alone);
                System.out.println("stock Axon, command service alone, " + clients + " clients: " + describe(alone.result())
                        + "; CPU per command: " + alone.cpu());
            }
        } catch (Exception e) {
            stock.failure = e.getMessage();
            System.out.println("stock Axon stopped measuring: " + e);
        } finally {
            if (query != null) {
                query.close();
            }
            if (command != null) {
                command.close();
            }
        }
    }

    /**
     * A warm-up (uncounted), then, once the query side has caught up, a measured window; with {@code trips}, the
     * round trips of that window are counted once the query side has taken in its last event too, and divided by
     * the requests sent in it. Without {@code caughtUp} nothing is counted.
     */
    private Point point(int clients, ClosedLoopLoad.Request request, CatchUp caughtUp, RoundTrips trips,
                        String commandRole, String queryRole, List<ServiceProcess> processes) throws Exception {
        ClosedLoopLoad.run(clients, Duration.ZERO, warmUp, Long.MAX_VALUE, request);
        if (caughtUp == null) {
            CpuTime cpu = CpuTime.from(processes);
            ClosedLoopLoad.Result result = ClosedLoopLoad.run(clients, Duration.ZERO, measured, Long.MAX_VALUE, request);
            return new Point(result, "", cpu.perRequest(result.issued()));
        }
        boolean before = caughtUp.await();
        trips.reset();
        CpuTime cpu = CpuTime.from(processes);
        ClosedLoopLoad.Result result = ClosedLoopLoad.run(clients, Duration.ZERO, measured, Long.MAX_VALUE, request);
        boolean after = caughtUp.await();
        String cpuPerRequest = cpu.perRequest(result.issued());
        if (trips.unavailable() != null) {
            return new Point(result, "not counted", cpuPerRequest);
        }
        String roundTrips = RoundTrips.perRequest(trips.byRole(), result.issued(), commandRole, queryRole);
        trips.writeDetail(logs.resolve("statements-" + commandRole + "-" + clients + "-clients.txt"), result.issued(),
                commandRole, queryRole);
        return new Point(result, before && after ? roundTrips
                : roundTrips + " (the query side was still behind after " + catchUp.toSeconds() + " s)", cpuPerRequest);
    }

    /**
     * Fresh JVMs interpret, then compile what runs often: the figures are of a service that has been running, so
     * both services first take reports (and project them) until their compilers have settled, uncounted.
     */
    private void warmUpTheJit(List<ServiceProcess> services, Api api, StockFigures stock) throws Exception {
        JitWarmUp.Outcome jit = JitWarmUp.run(services, 8, jitWarmUp, jitWarmUpLimit,
                (client, sequence) -> api.reportPlaceVisit(null, "Uppvärmningen", (int) sequence) >= 0);
        row("JIT warm-up before the first figure (8 clients, uncounted)", jit.describe(),
                stock.cell(stock.jit, JitWarmUp.Outcome::describe), "", "", "", "",
                "until the compiler threads of both services used under 3 % of a core over 10 s, at least "
                        + jitWarmUp.toSeconds() + " s, at most " + jitWarmUpLimit.toSeconds() + " s");
    }

    /** Answers the reports per second at 8 clients. */
    private double commandThroughput(BenchDatabase database, Api api, RoundTrips trips, StockFigures stock,
                                     List<ServiceProcess> services) throws Exception {
        warmUpTheJit(services, api, stock);
        CatchUp projected = () -> everyProcessorAtHead(database);
        Map<Integer, ClosedLoopLoad.Result> raws = new TreeMap<>();
        Map<Integer, Point> points = new TreeMap<>();
        for (int clients : CLIENTS) {
            ClosedLoopLoad.Result raw = RawInserts.run(database, clients, warmUp, measured);
            raws.put(clients, raw);
            Point point = point(clients, (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0,
                    projected, trips, COMMAND_ROLE, QUERY_ROLE, services);
            points.put(clients, point);
            ClosedLoopLoad.Result service = point.result();
            Point stockPoint = stock.withQuery.get(clients);
            String versusStock = stockPoint == null ? "" : times(service.perSecondRate() / stockPoint.result().perSecondRate());
            if (stockPoint != null && clients == 1) {
                versusStock += "; p50 " + times(service.p50Millis() / stockPoint.result().p50Millis());
            }
            row("reports over HTTP, both services up, " + clients + " client" + (clients == 1 ? "" : "s"),
                    describe(service), stock.cell(stockPoint, p -> describe(p.result()) + ", query service up"),
                    describe(raw), percent(service.perSecondRate() / raw.perSecondRate()), versusStock,
                    switch (clients) {
                        case 1 -> "p50 no slower than stock Axon's";
                        case 8 -> "≥ 50 % of raw and ≥ 2× stock Axon";
                        default -> "";
                    }, "");
        }
        for (int clients : CLIENTS) {
            row("database round trips per report, " + clients + " client" + (clients == 1 ? "" : "s"),
                    points.get(clients).roundTrips(), stock.cell(stock.withQuery.get(clients), Point::roundTrips),
                    "1 (the INSERT, 1 tx)", "", "", "",
                    "counted from pg_stat_statements per service role, one per statement (statements sent together "
                            + "in one round trip count one each); tx: transactions (each ends in a commit); "
                            + "stock Axon per command, query service up");
        }
        for (int clients : CLIENTS) {
            row("CPU time per report, " + clients + " client" + (clients == 1 ? "" : "s"), points.get(clients).cpu(),
                    stock.cell(stock.withQuery.get(clients), Point::cpu), "", "", "", "",
                    "the services' and PostgreSQL's user and system time over the measured window and until the query "
                            + "side caught up (/proc), per request sent; the rest of the machine ran the clients");
        }
        for (int clients : CLIENTS) {
            Point alone = stock.alone.get(clients);
            ClosedLoopLoad.Result raw = raws.get(clients);
            row("stock Axon's command service alone (its query service stopped), " + clients + " client"
                            + (clients == 1 ? "" : "s"), "", stock.cell(alone, p -> describe(p.result()) + "; CPU per command "
                            + p.cpu()), describe(raw), "", "", "",
                    alone == null ? "" : "stock Axon ÷ raw: " + percent(alone.result().perSecondRate() / raw.perSecondRate()));
        }
        return points.get(8).result().perSecondRate();
    }

    /** Every segment of every processor past the last stored event (bounded: false when it is not in time). */
    private boolean everyProcessorAtHead(BenchDatabase database) throws Exception {
        long head = database.queryLong("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
        try {
            Drills.awaitEveryProcessorAt(database.jdbcUrl(), head, catchUp);
            return true;
        } catch (IllegalStateException behind) {
            return false;
        }
    }

    private void contention(BenchDatabase database, Api api, StockFigures stock) throws Exception {
        String prefix = "contention-" + UUID.randomUUID().toString().substring(0, 8);
        ClosedLoopLoad.Result result = ClosedLoopLoad.run(8, Duration.ZERO, hotAggregate, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(prefix + "-" + sequence, "Hamnen", (int) sequence) >= 0);
        long stored = database.queryLong("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE '"
                + prefix + "-%'");
        row("8 clients on ONE commitment (6.2); stock Axon: on one aggregate", rate(result) + " /s, " + result.acknowledged()
                        + " acknowledged, " + stored + " stored, " + (result.acknowledged() - Math.min(result.acknowledged(), stored))
                        + " lost; " + firstAndLast(result),
                stock.cell(stock.hot, hot -> rate(hot) + " /s; " + firstAndLast(hot)), "", "",
                stock.hot == null ? "" : times(result.perSecondRate() / stock.hot.perSecondRate()),
                "≥ 1,000 /s, not falling", "both with their query side up");
    }

    private static String firstAndLast(ClosedLoopLoad.Result result) {
        long[] perSecond = result.perSecond();
        return perSecond.length >= 10
                ? "first 5 s " + average(perSecond, 0, 5) + " /s, last 5 s " + average(perSecond, perSecond.length - 5, perSecond.length) + " /s"
                : "";
    }

    /** Idle, then with reports arriving at {@code halfLoad} per second in the background. */
    private void freshness(Api api, StockFigures stock, double halfLoad) throws Exception {
        int samples = freshnessSamples;
        // One read-your-write query, which the query-service answers as soon as its read model has the report
        // (asked again only if it answered 503 after its own wait).
        Freshness.Write<Long> report = sample -> api.reportPlaceVisit(null, "Fräschhetstorget", sample);
        Histogram idle = Freshness.measure(samples, report, api::visible, Duration.ZERO);
        row("freshness: acknowledged → visible in the query API, idle", Freshness.describe(idle),
                stock.cell(stock.freshness, lag -> Freshness.describe(lag) + " (" + lag.getTotalCount()
                        + " commands, asked every 5 ms)"), "", "", "",
                "p99 ≤ 50 ms", samples + " reports one at a time");
        Histogram underLoad;
        String background;
        try (BackgroundLoad load = new BackgroundLoad(halfLoad,
                (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0)) {
            underLoad = Freshness.measure(samples, report, api::visible, Duration.ZERO);
            background = load.achieved();
        }
        row("freshness under half load (half the 8-client rate in the background)", Freshness.describe(underLoad)
                        + "; background " + String.format("%,.0f", halfLoad) + " /s asked, " + background,
                stock.cell(stock.freshnessUnderLoad, lag -> Freshness.describe(lag) + "; background " + stock.halfLoad),
                "", "", "", "p99 ≤ 50 ms", samples + " reports one at a time, beside the background load");
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
        // The running processor finds the events written in SQL by its safety poll and takes them in live batches.
        long catchUpStart = System.nanoTime();
        Drills.awaitEveryProcessorAt(database.jdbcUrl(), head, Duration.ofHours(2));
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        long appended = total - before;
        row("live catch-up: the running processor takes " + String.format("%,d", appended) + " new events",
                String.format("%,.0f events/s (%.0f s)", appended / catchUpSeconds, catchUpSeconds), "", "", "", "", "",
                "live batches (up to 250 events), the events written straight in SQL");
        // The progress API as a running service has it, compiled, before the rebuild: what the figure after the swap
        // then shows is the swap's cost (the first answer worked out anew), not the JVM's first call of the endpoint.
        OpenLoop.Result warm = OpenLoop.run(200, quick ? 2 : 5, 32, api::progress);
        System.out.println("Progress query before the rebuild (uncounted), the highest latency of each second (ms): "
                + warm.highestPerSecondMs());
        long replayStart = System.nanoTime();
        RebuildClient.rebuild(query.baseUrl());
        RebuildClient.awaitFinished(query.baseUrl(), Duration.ofHours(2));
        double seconds = (System.nanoTime() - replayStart) / 1e9;
        row("replay: rebuild every read model from " + String.format("%,d", total) + " events",
                String.format("%,.0f events/s (%.0f s)", total / seconds, seconds), "", "", "", "", "≥ 20,000 events/s",
                "built beside the live tables (batches of 1,000), then swapped in; the time includes the swap");
    }

    private void queryLatency(Api api) throws Exception {
        int perSecond = 200;
        OpenLoop.Result result = OpenLoop.run(perSecond, quick ? 5 : 20, 32, api::progress);
        System.out.println("Progress query, the highest latency of each second (ms): " + result.highestPerSecondMs());
        row("progress query at " + perSecond + " req/s over " + String.format("%,d", storedEvents) + " stored events",
                result.describe() + ", " + result.failures() + " failed", "", "", "", "", "p99 ≤ 20 ms", "open loop");
    }

    private void growth(BenchDatabase database, Api api) throws Exception {
        ClosedLoopLoad.Result small = ClosedLoopLoad.run(8, warmUp, measured, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0);
        long stored = database.queryLong("SELECT count(*) FROM domain_event_entry");
        SyntheticEvents.append(database, Math.max(0, growthEvents - stored), "growth");
        ClosedLoopLoad.Result large = ClosedLoopLoad.run(8, warmUp, measured, Long.MAX_VALUE,
                (client, sequence) -> api.reportPlaceVisit(null, "Stora torget", (int) sequence) >= 0);
        row("growth: reports/s at 8 clients with " + String.format("%,d", growthEvents) + " events stored",
                rate(large) + " /s", "", rate(small) + " /s at " + String.format("%,d", stored) + " stored",
                percent(large.perSecondRate() / small.perSecondRate()), "", "",
                "the raw column here: the project with the smaller store; query-service stopped");
    }

    private void report(Path home, String postgres) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| figure | Löfteskollen | stock Axon 4.13, same run | raw PostgreSQL, same run "
                + "| Löfteskollen ÷ raw | Löfteskollen ÷ stock Axon | goal | notes |\n|---|---|---|---|---|---|---|---|\n");
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
        Path written = replayOnly ? logs.resolve("replay-only.md")
                : commandsOnly ? logs.resolve("commands-only.md")
                : freshnessOnly ? logs.resolve("freshness-only.md") : home.resolve("BENCHMARKS.md");
        Files.writeString(written, document, StandardCharsets.UTF_8);
        System.out.println("Written to " + written);
    }

    private void row(String figure, String project, String stockAxon, String raw, String versusRaw, String versusStock,
                     String goal, String note) {
        String[] row = {figure, project, stockAxon, raw, versusRaw, versusStock, goal, note};
        rows.add(row);
        System.out.println(String.join(" | ", row));
    }

    private static String rate(ClosedLoopLoad.Result result) {
        return String.format("%,.0f", result.perSecondRate());
    }

    /** "141 /s (p50 55, p99 126 ms)". */
    private static String describe(ClosedLoopLoad.Result result) {
        return rate(result) + " /s (p50 " + ms(result.p50Millis()) + ", p99 " + ms(result.p99Millis()) + " ms)";
    }

    /** The heap, collector and other settings in jvm.options, which every JVM started here gets. */
    private static List<String> jvmOptions(Path home) throws java.io.IOException {
        return Files.readAllLines(home.resolve("jvm.options")).stream()
                .map(String::strip).filter(line -> line.startsWith("-")).toList();
    }

    private static String times(double ratio) {
        return String.format("%.2f×", ratio);
    }

    static String ms(double millis) {
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
