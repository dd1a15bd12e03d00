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
 * Counts the statements each service sends to PostgreSQL, from pg_stat_statements: every service connects as a
 * role of its own (pg_stat_statements keeps its counts per role and database), the counts are reset before a
 * measured window and summed per role after it. Only statements a client sent are counted (track = top): what
 * a trigger or a PL/pgSQL function runs inside the server is not a round trip. BEGIN is left out: the JDBC
 * driver sends it in the same message as the statement after it.
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

    /** Statements sent since the last reset, per role; empty when they are not counted. */
    Map<String, Long> byRole() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        if (unavailable != null) {
            return counts;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT r.rolname, sum(s.calls)
                     FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
                     WHERE upper(btrim(s.query)) NOT IN ('BEGIN', 'START TRANSACTION')
                     GROUP BY r.rolname""")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
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
        lines.add("calls per request | role | statement (" + requests + " requests)");
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT r.rolname, s.calls, regexp_replace(s.query, '\\s+', ' ', 'g')
                     FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
                     WHERE r.rolname = ANY (?) ORDER BY s.calls DESC""")) {
            statement.setArray(1, connection.createArrayOf("text", roles));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(String.format("%.2f | %s | %s", rows.getLong(2) / (double) requests, rows.getString(1),
                            rows.getString(3)));
                }
            }
        }
        Files.write(file, lines);
    }

    /** What the given roles sent, per request, as "command 7.0 + query 12.3 = 19.3". */
    static String perRequest(Map<String, Long> counts, long requests, String commandRole, String queryRole) {
        if (requests <= 0) {
            return "no request";
        }
        double command = counts.getOrDefault(commandRole, 0L) / (double) requests;
        double query = counts.getOrDefault(queryRole, 0L) / (double) requests;
        return String.format("command %.1f + query %.1f = %.1f", command, query, command + query);
    }
}
