package se.lofteskollen.localrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run command's database: real PostgreSQL, one owner at a time, data kept between runs. */
class LocalDatabaseTest {

    @Test
    void aSecondProcessJoinsAndTheDataSurvivesARestart(@TempDir Path dataDirectory) throws Exception {
        int port = freePort();

        LocalDatabase owner = LocalDatabase.startOrJoin(dataDirectory, port);
        assertThat(owner.ownsServer()).isTrue();
        assertThat(queryOne(owner.jdbcUrl(), "SHOW synchronous_commit")).as("acknowledged means flushed").isEqualTo("on");
        assertThat(queryOne(owner.jdbcUrl(), "SHOW fsync")).isEqualTo("on");
        execute(owner.jdbcUrl(), "CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES ('Tistel')");

        LocalDatabase joiner = LocalDatabase.startOrJoin(dataDirectory, port);
        assertThat(joiner.ownsServer()).isFalse();
        assertThat(joiner.jdbcUrl()).isEqualTo(owner.jdbcUrl());

        owner.close();
        LocalDatabase restarted = LocalDatabase.startOrJoin(dataDirectory, port);
        try {
            assertThat(restarted.ownsServer()).isTrue();
            assertThat(queryOne(restarted.jdbcUrl(), "SELECT value FROM kept")).isEqualTo("Tistel");
        } finally {
            restarted.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void dataWrittenByAnotherMajorVersionIsRefusedSayingWhatToDo(@TempDir Path dataDirectory) throws Exception {
        Files.writeString(dataDirectory.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> LocalDatabase.startOrJoin(dataDirectory, 54398))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("written by PostgreSQL 14")
                .hasMessageContaining("now starts PostgreSQL 16");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalDatabase.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalDatabase.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
