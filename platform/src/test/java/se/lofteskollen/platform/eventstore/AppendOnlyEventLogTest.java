package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.lofteskollen.platform.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself keeps the event log append-only: an UPDATE, DELETE or TRUNCATE of
 * domain_event_entry fails, for the owner, for a superuser replicating, and for a role granted every
 * privilege on the table. Appending still works, and snapshots may still be replaced.
 */
class AppendOnlyEventLogTest {

    private PGSimpleDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void eventStoreWithOneEvent() {
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.newDatabaseUrl());
        dataSource.setUser("postgres");
        EventStoreSchema.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        append(jdbc, "event-1", 0);
    }

    private static void append(JdbcTemplate jdbc, String eventId, long sequence) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                VALUES (?, convert_to('{"userId":"polis"}', 'UTF8'), convert_to('{"note":"kept"}', 'UTF8'),
                        'StatusNoteAdded', '2025-05-20T10:00:00Z', 'commitment-1', ?, 'Commitment')""",
                eventId, sequence);
    }

    @Test
    void anUpdateOfAnEventFailsInTheDatabase() {
        assertThatThrownBy(() -> jdbc.update(
                "UPDATE domain_event_entry SET meta_data = convert_to('{\"userId\":\"someone-else\"}', 'UTF8')"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry", String.class))
                .contains("polis");
    }

    @Test
    void aDeleteOfAnEventFailsInTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = 'event-1'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(1);
    }

    @Test
    void aTruncateOfTheEventLogFailsInTheDatabase() {
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(1);
    }

    @Test
    void aSuperuserSkippingOrdinaryTriggersStillCannotDelete() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate replica = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            replica.execute("SET session_replication_role = replica");

            assertThatThrownBy(() -> replica.update("DELETE FROM domain_event_entry"))
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void aRoleGrantedEveryPrivilegeOnTheTableStillCannotUpdateOrDelete() {
        jdbc.execute("CREATE ROLE service_writer LOGIN PASSWORD 'writer'");
        jdbc.execute("GRANT ALL ON domain_event_entry TO service_writer");
        jdbc.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO service_writer");
        PGSimpleDataSource asWriter = new PGSimpleDataSource();
        asWriter.setUrl(dataSource.getUrl());
        asWriter.setUser("service_writer");
        asWriter.setPassword("writer");
        JdbcTemplate writer = new JdbcTemplate(asWriter);

        append(writer, "event-2", 1);
        assertThatThrownBy(() -> writer.update("UPDATE domain_event_entry SET payload_type = 'Forged'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> writer.update("DELETE FROM domain_event_entry"))
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry", String.class))
                .containsOnly("StatusNoteAdded").hasSize(2);
    }

    @Test
    void eventsAreStillAppendedAndSnapshotsStillReplaced() {
        append(jdbc, "event-2", 1);
        jdbc.update("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                  payload, payload_type, time_stamp)
                VALUES ('commitment-1', 1, 'Commitment', 'snapshot-1', convert_to('{}', 'UTF8'), 'Commitment', 'now')""");

        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = 'commitment-1'");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry", Long.class)).isZero();
    }
}
