package se.lofteskollen.query.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.upcasting.EventUpcasters;
import se.lofteskollen.platform.eventstore.EventStoreSchema;
import se.lofteskollen.platform.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V10 brings read models built from events of revision 1 to the shape of revision 2 from their own rows,
 * without reading an event: a database migrated to V9 is given rows as the earlier service wrote them, migrated, and
 * then holds what the upcasters (shared-events) read those events into.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionOneReadModelsTest {

    /** Every priority area revision 1 could name, as it stored them. */
    private static final List<String> REVISION_ONE_AREAS = List.of("ORGANISED_CRIME", "YOUTH_CRIME",
            "VIOLENCE_IN_CLOSE_RELATIONSHIPS", "HONOUR_OPPRESSION", "WELFARE_CRIME", "CRIME_HOTSPOTS",
            "DRUG_AND_ALCOHOL_CRIME", "TRAFFIC_CRIME");
    private static final String PROMISE_CREATED = """
            {"promiseId":"vastervik-2025","year":2025,"title":"Medborgarlöfte 2025",\
            "policeArea":"Lokalpolisområde Västervik","municipality":"Västerviks kommun"}""";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private JdbcTemplate jdbc;

    @BeforeAll
    void migrateADatabaseOfTheEarlierVersionWithItsRows() {
        DriverManagerDataSource database = new DriverManagerDataSource(TestDatabase.newDatabaseUrl(), "postgres", "");
        jdbc = new JdbcTemplate(database);
        EventStoreSchema.migrate(database);
        migrate(database, "9");

        jdbc.update("""
                INSERT INTO promise_view (promise_id, year, title, police_area, municipality, created_at, last_position)
                VALUES ('vastervik-2025', 2025, 'Medborgarlöfte 2025', 'Lokalpolisområde Västervik', 'Västerviks kommun',
                        '2025-01-02T08:00:00Z', 1),
                       ('unnamed-2024', 2024, 'Medborgarlöfte 2024', NULL, NULL, '2024-01-02T08:00:00Z', 2)""");
        for (int i = 0; i < REVISION_ONE_AREAS.size(); i++) {
            jdbc.update("""
                    INSERT INTO commitment_view (commitment_id, promise_id, code, priority_area, responsible, text,
                                                 targets, pledged_at, last_position)
                    VALUES (?, 'vastervik-2025', ?, ?, 'MUNICIPALITY,POLICE', 'text', '[]', '2025-01-03T08:00:00Z', ?)""",
                    "c-" + i, (i + 1) + ".1", REVISION_ONE_AREAS.get(i), 10 + i);
        }
        audit("e-created", "PROMISE_CREATED", "PROMISE", "vastervik-2025", null, PROMISE_CREATED);
        audit("e-pledged", "COMMITMENT_PLEDGED", "COMMITMENT", "c-5", null, """
                {"code":"6.1","priorityArea":"CRIME_HOTSPOTS","text":"text","responsible":["POLICE"],"targets":[]}""");
        audit("e-revised", "COMMITMENT_REVISED", "COMMITMENT", "c-5", """
                {"code":"6.1","priorityArea":"CRIME_HOTSPOTS","text":"text","responsible":["POLICE"],"targets":[]}""", """
                {"code":"6.1","priorityArea":"CRIME_HOTSPOTS","text":"text","responsible":["MUNICIPALITY","POLICE"],\
                "targets":[]}""");

        migrate(database, "latest");
    }

    private static void migrate(DriverManagerDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/query").table("flyway_query_history")
                .baselineOnMigrate(true).baselineVersion("0").target(target).load().migrate();
    }

    private void audit(String eventId, String change, String subjectType, String subjectId, String before, String after) {
        jdbc.update("""
                INSERT INTO audit_entry (event_id, position, recorded_at, promise_id, subject_type, subject_id, change,
                                         before_state, after_state)
                VALUES (?, 1, '2025-01-03T08:00:00Z', 'vastervik-2025', ?, ?, ?, ?::jsonb, ?::jsonb)""",
                eventId, subjectType, subjectId, change, before, after);
    }

    @Test
    void aPromiseHasTheAreasAndPartiesItsEventIsReadInto() {
        PromiseCreated upcast = upcast(PromiseCreated.class, PROMISE_CREATED);

        assertThat(jdbc.query("SELECT code, name FROM promise_area WHERE promise_id = 'vastervik-2025' ORDER BY ordinal",
                (row, i) -> new se.lofteskollen.events.PriorityArea(row.getString(1), row.getString(2))))
                .isEqualTo(upcast.priorityAreas());
        assertThat(jdbc.query("SELECT code, name, organisation FROM promise_party WHERE promise_id = 'vastervik-2025' "
                        + "ORDER BY ordinal", (row, i) -> new se.lofteskollen.events.promise.PromiseParty(row.getString(1),
                        row.getString(2), row.getString(3))))
                .isEqualTo(upcast.parties());
        assertThat(jdbc.queryForList("SELECT concat_ws('/', police_region, county) FROM promise_view", String.class))
                .as("not stated in revision 1").containsOnly("");
    }

    @Test
    void aPromiseWithoutAPoliceAreaOrMunicipalityHasItsTwoPartiesUnnamed() {
        assertThat(jdbc.queryForList("SELECT code || ':' || coalesce(name, '-') FROM promise_party"
                + " WHERE promise_id = 'unnamed-2024' ORDER BY ordinal", String.class))
                .containsExactly("POLICE:-", "MUNICIPALITY:-");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM promise_area WHERE promise_id = 'unnamed-2024'",
                Integer.class)).isEqualTo(8);
    }

    @Test
    void everyCommitmentNamesItsAreaByTheCodeItsPledgeIsReadInto() {
        List<String> expected = new ArrayList<>();
        for (String area : REVISION_ONE_AREAS) {
            String pledged = """
                    {"commitmentId":"c","promiseId":"p","code":"1.1","priorityArea":"%s","responsible":["POLICE"],\
                    "text":"t","targets":[]}""".formatted(area);
            expected.add(upcast(CommitmentPledged.class, pledged).priorityArea());
        }

        assertThat(jdbc.queryForList("SELECT priority_area FROM commitment_view ORDER BY last_position", String.class))
                .isEqualTo(expected).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void theAuditsStatesAreThoseTheUpcastEventsGive() throws Exception {
        assertThat(json.readTree(state("after_state", "e-created")))
                .isEqualTo(json.valueToTree(upcast(PromiseCreated.class, PROMISE_CREATED)));
        assertThat(json.readTree(state("after_state", "e-pledged")).get("priorityArea").asText()).isEqualTo("6");
        assertThat(json.readTree(state("before_state", "e-revised")).get("priorityArea").asText()).isEqualTo("6");
        JsonNode revised = json.readTree(state("after_state", "e-revised"));
        assertThat(revised.get("priorityArea").asText()).isEqualTo("6");
        assertThat(revised.get("responsible").toString()).isEqualTo("[\"MUNICIPALITY\",\"POLICE\"]");
    }

    @Test
    void theMigrationLeavesNoTableOfItsOwnBehind() {
        assertThat(jdbc.queryForObject("SELECT to_regclass('revision_one_area') IS NULL", Boolean.class)).isTrue();
    }

    private String state(String column, String eventId) {
        return jdbc.queryForObject("SELECT " + column + "::text FROM audit_entry WHERE event_id = ?", String.class,
                eventId);
    }

    /** The event as the services read it: revision 1 JSON through the upcasters they register. */
    private <T> T upcast(Class<T> type, String revisionOneJson) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Aggregate", "id", 0, "event-id",
                Instant.parse("2025-01-02T08:00:00Z"), type.getName(), "1",
                revisionOneJson.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(EventUpcasters.all())
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        return serializer.deserialize(upcast.get(0).getData());
    }
}
