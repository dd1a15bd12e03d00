package se.lofteskollen.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A fresh PostgreSQL for one benchmark run, durable (fsync and synchronous commit on): every figure,
 * the services' and the raw baseline's alike, pays for a real flush. It loads pg_stat_statements where the
 * binaries ship it, so that the statements each service sends can be counted.
 */
final class BenchDatabase implements AutoCloseable {

    /** The database the project's services and the raw baseline use. */
    static final String PROJECT = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final String statementStatistics;

    BenchDatabase() throws IOException {
        directory = Files.createTempDirectory("lofteskollen-bench-pg");
        EmbeddedPostgres started;
        String unavailable = null;
        try {
            started = start(directory, true);
        } catch (IOException | RuntimeException noExtension) {
            unavailable = "PostgreSQL did not start with shared_preload_libraries=pg_stat_statements: "
                    + noExtension.getMessage();
            started = start(directory, false);
        }
        postgres = started;
        statementStatistics = unavailable;
    }

    private static EmbeddedPostgres start(Path directory, boolean statementStatistics) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                // The embedded binaries default to synchronous_commit=off; every figure here pays for the flush.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "512MB");
        if (statementStatistics) {
            // Only the statements a client sends (not those a trigger or function runs): one per round trip,
            // except a JDBC batch, whose statements travel together.
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "top")
                    .setServerConfig("pg_stat_statements.track_utility", "on");
        }
        return builder.start();
    }

    /** Null when pg_stat_statements is loaded, else why not. */
    String statementStatisticsUnavailable() {
        return statementStatistics;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", PROJECT);
    }

    /** A URL that names no user, so that the user a service is given is the one it connects as. */
    String jdbcUrlWithoutUser(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** A role of its own for one service, so that its statements can be told apart from every other's. */
    void createSuperuser(String role) throws SQLException {
        execute("CREATE ROLE " + role + " LOGIN SUPERUSER");
    }

    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    Connection connect(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long queryLong(String sql) throws SQLException {
        return queryLong(PROJECT, sql);
    }

    long queryLong(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Lets the server finish the upkeep that the load before left it (a checkpoint of its WAL, autovacuum of its
     * tables), so that it is not counted against the load measured next: flushes with a CHECKPOINT, then waits, at
     * most two minutes, until no autovacuum worker runs.
     */
    void settle() throws SQLException, InterruptedException {
        execute("CHECKPOINT");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (queryLong("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    String queryString(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
