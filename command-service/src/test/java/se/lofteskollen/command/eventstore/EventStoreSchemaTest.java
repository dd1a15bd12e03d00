package se.lofteskollen.command.eventstore;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.events.commitment.CommitmentPledged;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store keeps out of PostgreSQL's known traps: no large objects, and JSON an auditor can read in SQL. */
@CommandServiceTest
class EventStoreSchemaTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private void pledgeSixTwo() {
        assertThat(api.post("samordnare", "/api/promises", """
                {"promiseId":"schema-2025","year":2025,"title":"Schema","policeArea":"LPO Schema","municipality":"Schema kommun","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}
                """).status()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("samordnare", "/api/promises/schema-2025/commitments", """
                {"code":"6.2","priorityArea":"6","responsible":["POLICE"],
                 "text":"Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år",
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT"},"atLeast":100}]}
                """).status()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void noColumnInTheDatabaseIsALargeObject() {
        Integer oidColumns = jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type = 'oid'""", Integer.class);
        assertThat(oidColumns).isZero();
    }

    @Test
    void storedEventsLeaveNoLargeObjectsAndReadAsJsonInSql() {
        pledgeSixTwo();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Integer.class)).isZero();
        String code = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'code' FROM domain_event_entry
                WHERE payload_type = 'se.lofteskollen.events.commitment.CommitmentPledged'
                  AND aggregate_identifier = 'schema-2025-6.2'""", String.class);
        assertThat(code).isEqualTo("6.2");
        String user = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' FROM domain_event_entry
                WHERE aggregate_identifier = 'schema-2025-6.2'""", String.class);
        assertThat(user).isEqualTo("samordnare");
        String revision = jdbc.queryForObject(
                "SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = 'schema-2025-6.2'", String.class);
        assertThat(revision).as("the pledge's current revision, as the event class names it")
                .isEqualTo(CommitmentPledged.class.getAnnotation(Revision.class).value());
    }
}
