package se.lofteskollen.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The physical limit of one event per command: PostgreSQL doing the same durable single-row insert
 * over JDBC, one transaction each, a row shaped and sized like a stored event.
 */
final class RawInserts {

    private static final byte[] PAYLOAD = ("{\"visitId\":\"00000000-0000-0000-0000-000000000000\",\"promiseId\":\"vastervik-2025\","
            + "\"commitmentId\":\"vastervik-2025-6.2\",\"place\":{\"name\":\"Stora torget\",\"area\":\"Centrum\",\"lat\":57.758,"
            + "\"lon\":16.637},\"visitedOn\":\"2025-06-12\",\"problemPicture\":\"Oro kvällstid\",\"measures\":\"Synlig närvaro\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] META = ("{\"userId\":\"polis\",\"userName\":\"Kommunpolisen\",\"organisation\":\"POLICE\","
            + "\"role\":\"REPORTER\",\"client\":\"api\",\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static void createTable(BenchDatabase database) throws Exception {
        database.execute("""
                CREATE SCHEMA baseline;
                CREATE TABLE baseline.raw_event (
                    global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                    meta_data BYTEA, payload BYTEA NOT NULL, payload_type VARCHAR(255) NOT NULL,
                    time_stamp VARCHAR(255) NOT NULL, aggregate_identifier VARCHAR(255) NOT NULL,
                    sequence_number BIGINT NOT NULL, UNIQUE (aggregate_identifier, sequence_number))""");
    }

    static ClosedLoopLoad.Result run(BenchDatabase database, int clients, Duration warmUp, Duration measured)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Connection connection = database.connect();
            connection.setAutoCommit(true);
            connections.add(connection);
            statements.add(connection.prepareStatement("""
                    INSERT INTO baseline.raw_event (event_identifier, meta_data, payload, payload_type, time_stamp,
                                           aggregate_identifier, sequence_number) VALUES (?, ?, ?, ?, ?, ?, 0)"""));
        }
        try {
            return ClosedLoopLoad.run(clients, warmUp, measured, Long.MAX_VALUE, (client, sequence) -> {
                PreparedStatement insert = statements.get(client);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setBytes(2, META);
                insert.setBytes(3, PAYLOAD);
                insert.setString(4, "se.lofteskollen.events.report.PlaceVisitReported");
                insert.setString(5, java.time.Instant.now().toString());
                insert.setString(6, UUID.randomUUID().toString());
                return insert.executeUpdate() == 1;
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private RawInserts() {
    }
}
