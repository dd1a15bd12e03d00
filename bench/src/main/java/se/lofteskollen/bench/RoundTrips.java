package se.lofteskollen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the round trips each service makes to PostgreSQL, from pg_stat_statements: every service connects as a
 * role of its own (pg_stat_statements keeps its counts per role and database), the counts are reset before a
 * measured window and summed per role after it. Only statements a client sent are counted (track = top): what
 * a trigger or a PL/pgSQL function runs inside the server is not a round trip. The JDBC driver sends BEGIN in
 * the same message as the statement after it, and ends each transaction with a COMMIT (or ROLLBACK) of its own,
 * which pg_stat_statements does not record for the services' connections (none appears, while one BEGIN per
 * transaction does; a COMMIT typed in psql is recorded):
 * so each BEGIN is counted as the one round trip that ends its transaction, and a COMMIT or ROLLBACK that is
 * recorded is left out, so that none counts twice.
 */
final class RoundTrips {

    private final BenchDatabase database;
    private final String unavailable;

    private RoundTrips(BenchDatabase database, String unavailable) {
        this.database = database;
        this.unavailable = unavailable;
    }

    static RoundTrips install(BenchDatabase database) {
        String unavailable = database.statementStatisticsUnavailable();
        if (unavailable == null) {
            try {
                database.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            } catch (SQLException e) {
                unavailable = "CREATE EXTENSION pg_stat_statements failed: " + e.getMessage();
            }
        }
        return new RoundTrips(database, unavailable);
    }

    /** Null when statements are counted, else why they are not. */
    String unavailable() {
        return unavailable;
    }

    void reset() throws SQLException {
        if (unavailable == null) {
            database.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Round trips and the transactions among them, of one role. */
    record Count(long roundTrips, long transactions) {
    }

    /** Round trips since the last reset, per role; empty when they are not counted. */
    Map<String, Count> byRole() throws SQLException {
        Map<String, Count> counts = new TreeMap<>();
        if (unavailable != null) {
            return counts;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT r.rolname,
                            coalesce(sum(s.calls) FILTER (WHERE kind = 'statement'), 0),
                            coalesce(sum(s.calls) FILTER (WHERE kind = 'begin'), 0)
                     FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid,
                          LATERAL (SELECT CASE WHEN upper(btrim(s.query)) ~ '^(BEGIN|START TRANSACTION)' THEN 'begin'
                                               WHEN upper(btrim(s.query)) ~ '^(COMMIT|END|ROLLBACK|ABORT)$' THEN 'end'
                                               ELSE 'statement' END AS kind) k
                     GROUP BY r.rolname""")) {
            while (rows.next()) {
                long transactions = rows.getLong(3);
                counts.put(rows.getString(1), new Count(rows.getLong(2) + transactions, transactions));
            }
        }
        return counts;
    }

    /**
     * Every statement the given roles sent since the last reset, most frequent first, per request: the detail
     * behind a figure, for finding which round trips a report costs.
     */
    void writeDetail(Path file, long requests, String... roles) throws SQLException, IOException {
        if (unavailable != null || requests <= 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        // The time is the server's executing the statement (planning excluded; a commit's flush is not in it).
        lines.add("calls per request | server ms per request | role | statement (" + requests + " requests)");
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT r.rolname, s.calls, regexp_replace(s.query, '\\s+', ' ', 'g'), s.total_exec_time
                     FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
                     WHERE r.rolname = ANY (?) ORDER BY s.calls DESC""")) {
            statement.setArray(1, connection.createArrayOf("text", roles));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(String.format("%.2f | %.3f | %s | %s", rows.getLong(2) / (double) requests,
                            rows.getDouble(4) / requests, rows.getString(1), rows.getString(3)));
                }
            }
        }
        Files.write(file, lines);
    }

    /** What the given roles sent, per request, as "command 9.0 (1.0 tx) + query 14.2 (4.7 tx) = 23.2". */
    static String perRequest(Map<String, Count> counts, long requests, String commandRole, String queryRole) {
        if (requests <= 0) {
            return "no request";
        }
        Count none = new Count(0, 0);
        Count command = counts.getOrDefault(commandRole, none);
        Count query = counts.getOrDefault(queryRole, none);
        return String.format("command %.1f (%.1f tx) + query %.1f (%.1f tx) = %.1f",
                command.roundTrips() / (double) requests, command.transactions() / (double) requests,
                query.roundTrips() / (double) requests, query.transactions() / (double) requests,
                (command.roundTrips() + query.roundTrips()) / (double) requests);
    }
}
