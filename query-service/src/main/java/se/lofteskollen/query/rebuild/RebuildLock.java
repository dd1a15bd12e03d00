package se.lofteskollen.query.rebuild;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One rebuild into new tables at a time, across instances: a PostgreSQL session lock held on a connection of its
 * own for as long as the rebuild runs. A killed instance's connection ends, and its lock with it, which is how a
 * starting instance knows that new tables it finds are left over rather than being built.
 */
final class RebuildLock {

    private static final long KEY = 0x72656275696c64L; // "rebuild"

    private final Connection connection;

    private RebuildLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or null when a rebuild holds it. */
    static RebuildLock take(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, KEY);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return new RebuildLock(connection);
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("could not take the rebuild lock: " + e.getMessage(), e);
        }
    }

    void release() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        } catch (SQLException ignored) {
            // Closing the connection below ends the session's locks anyway.
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing held any more
            }
        }
    }
}
