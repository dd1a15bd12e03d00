package se.lofteskollen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stock Axon 4.13 at its defaults (the reference application in {@code shared/reference/stock-axon}): built from a
 * copy with the project's Maven wrapper, run against a database of its own in the benchmark's PostgreSQL, on
 * ports of its own, with the project's JVM options, each of its services as a role of its own.
 */
final class StockAxon implements AutoCloseable {

    static final String DATABASE = "stock_axon";
    static final String COMMAND_ROLE = "stock_command";
    static final String QUERY_ROLE = "stock_query";
    static final int COMMAND_PORT = 18181;
    static final int QUERY_PORT = 18182;

    /** Either a built reference, or why it is not run. */
    record Prepared(Path reference, StockAxon stockAxon, String notRun) {

        /** Not asked for in this run (a replay-only, commands-only or freshness-only run). */
        static Prepared skipped(Path home) {
            return new Prepared(home, null, "not run in a replay-only, commands-only or freshness-only run");
        }
    }

    private final Path home;
    private final Path copy;
    private final Path logs;

    private StockAxon(Path home, Path copy, Path logs) {
        this.home = home;
        this.copy = copy;
        this.logs = logs;
    }

    /**
     * Finds the reference ({@code -Dbench.stock-axon}, by default {@code ../shared/reference/stock-axon} from the
     * project's folder) and builds a copy of it: the folder may be read-only where it is laid out.
     */
    static Prepared prepare(Path home, Path logs) throws IOException, InterruptedException {
        Path reference = home.resolve(System.getProperty("bench.stock-axon", "../shared/reference/stock-axon"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(reference.resolve("pom.xml"))) {
            return new Prepared(reference, null, "not run: reference not found");
        }
        Path copy = Files.createTempDirectory("lofteskollen-bench-stock-axon");
        try (Stream<Path> files = Files.walk(reference)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(reference.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path log = logs.resolve("stock-axon-build.log");
        System.out.println("Building stock Axon from " + reference + " (log: " + log + ")");
        Process build = new ProcessBuilder(home.resolve("mvnw").toString(), "-q", "-B", "-f", copy.resolve("pom.xml").toString(),
                "-Dmaven.test.skip=true", "package")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!build.waitFor(20, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            return new Prepared(reference, null, "not run: its build took over 20 minutes (" + log + ")");
        }
        if (build.exitValue() != 0) {
            return new Prepared(reference, null, "not run: its build failed (" + log + ")");
        }
        return new Prepared(reference, new StockAxon(home, copy, logs), null);
    }

    /** Its own database and one role per service, so that each one's statements are counted apart. */
    void createDatabase(BenchDatabase database) throws SQLException {
        database.execute("CREATE DATABASE " + DATABASE);
        database.createSuperuser(COMMAND_ROLE);
        database.createSuperuser(QUERY_ROLE);
    }

    /** The command service first: its migrations create the event store. */
    ServiceProcess startCommandService(BenchDatabase database) throws IOException, InterruptedException {
        return start(database, "command-service", COMMAND_ROLE, COMMAND_PORT);
    }

    ServiceProcess startQueryService(BenchDatabase database) throws IOException, InterruptedException {
        return start(database, "query-service", QUERY_ROLE, QUERY_PORT);
    }

    private ServiceProcess start(BenchDatabase database, String module, String role, int port)
            throws IOException, InterruptedException {
        return ServiceProcess.ofJar(home, "stock Axon " + module, jar(module), port, Map.of(
                "DB_URL", database.jdbcUrlWithoutUser(DATABASE),
                "DB_USER", role,
                "DB_PASSWORD", "",
                "PORT", Integer.toString(port)), logs.resolve("stock-axon-" + module + ".log")).start();
    }

    private Path jar(String module) throws IOException {
        Path target = copy.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + target));
        }
    }

    /** Has its projection taken in every pledged commitment? (Its read model has a row per pledge.) */
    static boolean caughtUp(BenchDatabase database, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long pledged = database.queryLong(DATABASE,
                    "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%CommitmentPledgedEvent'");
            if (database.queryLong(DATABASE, "SELECT count(*) FROM commitment_view") >= pledged) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
