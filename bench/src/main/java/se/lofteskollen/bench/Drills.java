package se.lofteskollen.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reliability drills that need real processes to kill. Used by the drill tests and by {@code ./bench.sh};
 * each is bounded in time and sends traffic to loopback only.
 */
public final class Drills {

    /** The query-service's one live processor, and the schema a rebuild builds its tables in. */
    private static final String LIVE_PROCESSOR = "readmodels";
    private static final String REBUILD_SCHEMA = "readmodels_next";

    public record CrashResult(List<String> acknowledged, Set<String> stored, int attempts) {
    }

    /** The project's root, from a module's folder (where tests run) or the root itself. */
    public static Path home() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("command-service")) ? here : here.getParent();
    }

    /**
     * Starts the command-service on a fresh database, lets {@code reporters} clients post place visits with
     * ids of their own, kills the service with SIGKILL after {@code before}, and answers what was
     * acknowledged and what is stored.
     */
    public static CrashResult killCommandServiceUnderLoad(Path home, String databaseUrl, int reporters, Duration before)
            throws Exception {
        Path log = Files.createDirectories(home.resolve("bench/target/logs")).resolve("drill-command-service.log");
        ServiceProcess command = new ServiceProcess(home, "command-service",
                freePort(), databaseUrl, log, List.of()).start();
        Api api = new Api(command.baseUrl(), command.baseUrl());
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        int[] attempts = new int[reporters];
        for (int client = 0; client < reporters; client++) {
            int id = client;
            Thread thread = new Thread(() -> {
                for (int n = 0; !stop.get() && n < 100_000; n++) {
                    String visitId = "crash-" + id + "-" + n;
                    attempts[id]++;
                    try {
                        if (api.reportPlaceVisit(visitId, "Hamnen", n) >= 0) {
                            acknowledged.add(visitId);
                        }
                    } catch (Exception refusedOrCut) {
                        // after the kill: connection refused or reset; nothing was acknowledged
                    }
                }
            });
            clients.add(thread);
            thread.start();
        }
        Thread.sleep(before.toMillis());
        command.kill();
        Thread.sleep(500);
        stop.set(true);
        for (Thread thread : clients) {
            thread.join();
        }
        Set<String> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier LIKE 'crash-%'")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        int total = 0;
        for (int count : attempts) {
            total += count;
        }
        System.out.printf("kill -9 drill: %d requests, %d acknowledged, %d stored%n", total, acknowledged.size(), stored.size());
        return new CrashResult(List.copyOf(acknowledged), stored, total);
    }

    public record RecoveryResult(Map<String, String> afterCrashes, Map<String, String> afterCleanRebuild,
                                 long placeVisits) {
    }

    /**
     * Fills a fresh store with the seed and {@code events} place visits, lets the query-service project them
     * from nothing, kills it with SIGKILL {@code kills} times along the way (restarting it each time), lets
     * it finish, and answers a checksum of every read-model table: after the crashes, and after a clean
     * rebuild of the same store.
     */
    public static RecoveryResult killQueryServiceDuringReplay(Path home, String databaseUrl, long events, int kills,
                                                              Duration between) throws Exception {
        Path logs = Files.createDirectories(home.resolve("bench/target/logs"));
        long head = seededStore(home, logs.resolve("drill-seed.log"), databaseUrl, events, "recovery");

        int port = freePort();
        ServiceProcess query = null;
        for (int kill = 0; kill <= kills; kill++) {
            query = new ServiceProcess(home, "query-service", port, databaseUrl, logs.resolve("drill-query-" + kill + ".log"),
                    List.of()).start();
            if (kill < kills) {
                Thread.sleep(between.toMillis());
                query.kill();
                query.awaitExit();
            }
        }
        try (ServiceProcess survivor = query) {
            awaitEveryProcessorAt(databaseUrl, head);
            Map<String, String> afterCrashes = readModelChecksums(databaseUrl);
            RebuildClient.rebuild(survivor.baseUrl());
            RebuildClient.awaitFinished(survivor.baseUrl(), Duration.ofMinutes(10));
            Map<String, String> afterRebuild = readModelChecksums(databaseUrl);
            long placeVisits = queryLong(databaseUrl, "SELECT count(*) FROM place_visit");
            System.out.printf("kill -9 during replay drill: %d kills, %d place visits projected, read models %s a clean rebuild%n",
                    kills, placeVisits, afterCrashes.equals(afterRebuild) ? "equal" : "DIFFER FROM");
            return new RecoveryResult(afterCrashes, afterRebuild, placeVisits);
        }
    }

    public record RebuildKillResult(Map<String, String> before, boolean killedMidway, Map<String, String> afterKill,
                                    Map<String, String> afterRestart, boolean unfinishedRebuildCleared,
                                    Map<String, String> afterRebuild) {
    }

    /**
     * Fills a fresh store with the seed and {@code events} place visits and lets the query-service take them in; then
     * asks it to rebuild every read model and kills it with SIGKILL while the rebuild is building beside the live
     * tables, a quarter of the way through. Answers a checksum of every live read-model table before, right after the
     * kill, after a restart (which drops the unfinished rebuild's tables), and after a rebuild let to finish.
     */
    public static RebuildKillResult killQueryServiceDuringRebuild(Path home, String databaseUrl, long events)
            throws Exception {
        Path logs = Files.createDirectories(home.resolve("bench/target/logs"));
        long head = seededStore(home, logs.resolve("drill-rebuild-seed.log"), databaseUrl, events, "rebuild-kill");
        int port = freePort();

        ServiceProcess query = new ServiceProcess(home, "query-service", port, databaseUrl,
                logs.resolve("drill-rebuild-0.log"), List.of()).start();
        awaitEveryProcessorAt(databaseUrl, head);
        Map<String, String> before = readModelChecksums(databaseUrl);
        RebuildClient.rebuild(query.baseUrl());
        awaitRebuildPast(databaseUrl, head / 4);
        query.kill();
        query.awaitExit();
        boolean killedMidway = rebuildTablesStand(databaseUrl);
        Map<String, String> afterKill = readModelChecksums(databaseUrl);

        try (ServiceProcess restarted = new ServiceProcess(home, "query-service", port, databaseUrl,
                logs.resolve("drill-rebuild-1.log"), List.of()).start()) {
            awaitEveryProcessorAt(databaseUrl, head);
            Map<String, String> afterRestart = readModelChecksums(databaseUrl);
            boolean cleared = !rebuildTablesStand(databaseUrl);
            RebuildClient.rebuild(restarted.baseUrl());
            RebuildClient.awaitFinished(restarted.baseUrl(), Duration.ofMinutes(10));
            Map<String, String> afterRebuild = readModelChecksums(databaseUrl);
            System.out.printf("kill -9 during a rebuild drill: killed %s, live read models %s%n",
                    killedMidway ? "midway" : "NOT MIDWAY", before.equals(afterKill) ? "unchanged" : "CHANGED");
            return new RebuildKillResult(before, killedMidway, afterKill, afterRestart, cleared, afterRebuild);
        }
    }

    /**
     * A fresh store holding the default data (the command-service started for it alone) and {@code events} place
     * visits written in SQL; answers the position of the last.
     */
    private static long seededStore(Path home, Path log, String databaseUrl, long events, String idPrefix)
            throws Exception {
        try (ServiceProcess command = new ServiceProcess(home, "command-service", freePort(), databaseUrl, log,
                List.of()).start()) {
            // started for its default data (the Västervik promise and its commitments) only
        }
        SyntheticEvents.append(databaseUrl, events, idPrefix);
        return queryLong(databaseUrl, "SELECT max(global_index) FROM domain_event_entry");
    }

    /** The tables of a rebuild stand beside the live ones (its schema exists). */
    private static boolean rebuildTablesStand(String databaseUrl) throws Exception {
        return queryLong(databaseUrl, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + REBUILD_SCHEMA + "'") == 1;
    }

    /** The rebuild's processor (every processor but the live one) has stored a token past {@code position}. */
    private static void awaitRebuildPast(String databaseUrl, long position) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String past = """
                SELECT count(*) FROM token_entry, LATERAL (SELECT convert_from(token, 'UTF8')::jsonb AS t) stored
                WHERE processor_name <> '%s' AND token IS NOT NULL
                  AND coalesce((t -> 'currentToken' ->> 'index')::bigint, (t ->> 'index')::bigint, -1) > %d"""
                .formatted(LIVE_PROCESSOR, position);
        while (queryLong(databaseUrl, past) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not pass position " + position);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Every segment of every processor has stored a token at or past the position:
     * all read models, not only the one a query happens to wait for, have taken in the whole store.
     */
    static void awaitEveryProcessorAt(String databaseUrl, long position) throws Exception {
        awaitEveryProcessorAt(databaseUrl, position, Duration.ofMinutes(10));
    }

    static void awaitEveryProcessorAt(String databaseUrl, long position, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        // A replay's token stays a ReplayToken until an event after the reset arrives; its current position counts.
        String behind = """
                SELECT count(*) FROM token_entry, LATERAL (SELECT convert_from(token, 'UTF8')::jsonb AS t) stored
                WHERE token IS NULL
                   OR coalesce((t -> 'currentToken' ->> 'index')::bigint, (t ->> 'index')::bigint, -1) < %d""".formatted(position);
        while (queryLong(databaseUrl, "SELECT count(*) FROM token_entry") == 0 || queryLong(databaseUrl, behind) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not reach position " + position + " in " + atMost);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Every table the query-service owns (found in the catalogue, so a new read model is covered without
     * touching this), each as one checksum of its rows in a stable order.
     */
    static Map<String, String> readModelChecksums(String databaseUrl) throws Exception {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT tablename FROM pg_tables WHERE schemaname = 'public'
                      AND tablename NOT LIKE 'flyway%' AND tablename NOT IN
                          ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'promise_lookup', 'commitment_lookup')""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(r, E'\\n' ORDER BY r), ''))"
                        // written_in is the transaction that wrote a row, and promise_change's changed a number from a
                        // sequence taken when a promise last changed: both differ between any two runs.
                        + " FROM (SELECT (to_jsonb(t) - 'written_in' - 'changed')::text AS r FROM "
                        + table + " t) rows")) {
                    rows.next();
                    checksums.put(table, rows.getString(1));
                }
            }
        }
        return checksums;
    }

    private static long queryLong(String databaseUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Drills() {
    }
}
