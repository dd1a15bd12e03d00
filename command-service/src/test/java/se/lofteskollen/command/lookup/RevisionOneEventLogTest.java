package se.lofteskollen.command.lookup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.platform.eventstore.EventStoreSchema;
import se.lofteskollen.platform.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.command.testing.Instance.api;
import static se.lofteskollen.command.testing.Instance.start;

/**
 * A database written before a promise defined its own areas and parties: its event log holds revision 1 (the fixed
 * area names, police and municipality). The service upgraded onto it reads that log through the upcasters: the
 * lookups hold the promise's eight areas and two parties, the commitment's area by its code, and the aggregates are
 * loaded from their revision 1 events, so every rule holds for the old promise as for a new one.
 */
class RevisionOneEventLogTest {

    private static final String METADATA = """
            {"userId":"samordnare","role":"COORDINATOR","organisation":"MUNICIPALITY,POLICE"}""";

    static String url;

    @BeforeAll
    static void anEventLogOfRevisionOne() {
        url = TestDatabase.newDatabaseUrl();
        EventStoreSchema.migrate(new DriverManagerDataSource(url));
        append("Promise", "old-2025", 0, "se.lofteskollen.events.promise.PromiseCreated", """
                {"promiseId":"old-2025","year":2025,"title":"Medborgarlöfte 2025","policeArea":"Lokalpolisområde Västervik",
                 "municipality":"Västerviks kommun"}""");
        append("Commitment", "old-2025-6.2", 0, "se.lofteskollen.events.commitment.CommitmentPledged", """
                {"commitmentId":"old-2025-6.2","promiseId":"old-2025","code":"6.2","priorityArea":"CRIME_HOTSPOTS",
                 "responsible":["POLICE"],"text":"Minst hundra platsbesök",
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT","network":null,"activity":null},"atLeast":100}]}""");
        append("Commitment", "old-2025-6.2", 1, "se.lofteskollen.events.commitment.CommitmentRevised", """
                {"commitmentId":"old-2025-6.2","promiseId":"old-2025","text":"Minst hundra platsbesök, med kommunen",
                 "responsible":["POLICE","MUNICIPALITY"],
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT","network":null,"activity":null},"atLeast":100}],
                 "reason":"Kommunen deltar"}""");
    }

    @Test
    void theLookupsHoldTheOldPromisesAreasAndPartiesAndItsCommitmentByAreaCode() {
        try (ConfigurableApplicationContext service = start(url)) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url));
            assertThat(jdbc.queryForList("SELECT code FROM promise_area_lookup WHERE promise_id = 'old-2025' ORDER BY ordinal",
                    String.class)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(jdbc.queryForObject("SELECT name FROM promise_party_lookup WHERE promise_id = 'old-2025' "
                    + "AND code = 'MUNICIPALITY'", String.class)).isEqualTo("Västerviks kommun");
            assertThat(jdbc.queryForObject("SELECT responsible FROM commitment_lookup WHERE commitment_id = 'old-2025-6.2'",
                    String.class)).isEqualTo("MUNICIPALITY,POLICE");
            assertThat(jdbc.queryForObject("SELECT priority_area FROM report_form_commitment "
                    + "WHERE commitment_id = 'old-2025-6.2'", String.class)).isEqualTo("6");
        }
    }

    @Test
    void theOldPromiseTakesPledgesByItsAreaCodesAndRefusesTheOldNamesAndPartiesItDoesNotHave() {
        try (ConfigurableApplicationContext service = start(url)) {
            Api api = api(service);
            assertThat(pledge(api, "6.3", "6", "POLICE").status()).isEqualTo(HttpStatus.CREATED);

            Answer oldName = pledge(api, "6.4", "CRIME_HOTSPOTS", "POLICE");
            assertThat(oldName.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(oldName.text("field")).isEqualTo("priorityArea");

            Answer region = pledge(api, "6.5", "6", "REGION");
            assertThat(region.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(region.text("field")).isEqualTo("responsible");
        }
    }

    @Test
    void aCommitmentOfRevisionOneIsLoadedFromItsEventsAndItsRevisedPartiesReport() {
        try (ConfigurableApplicationContext service = start(url)) {
            Api api = api(service);
            // the revision 1 events rebuild the aggregate: the same revision again changes nothing
            Answer same = api.put("samordnare", "/api/commitments/old-2025-6.2", """
                    {"responsible":["MUNICIPALITY","POLICE"],"reason":"Kommunen deltar"}""");
            assertThat(same.status()).as("%s", same.body()).isEqualTo(HttpStatus.OK);

            Answer byMunicipality = api.post("kommun", "/api/place-visits", """
                    {"visitId":"old-visit","commitmentId":"old-2025-6.2","place":{"name":"Stationen"},
                     "visitedOn":"2025-07-01","measures":"Synlig närvaro"}""");
            assertThat(byMunicipality.status()).as("%s", byMunicipality.body()).isEqualTo(HttpStatus.CREATED);
        }
    }

    private static Answer pledge(Api api, String code, String area, String party) {
        return api.post("samordnare", "/api/promises/old-2025/commitments", """
                {"code":"%s","priorityArea":"%s","responsible":["%s"],"text":"Fotpatrullering"}"""
                .formatted(code, area, party));
    }

    private static void append(String aggregateType, String aggregateId, long sequence, String type, String payload) {
        new JdbcTemplate(new DriverManagerDataSource(url)).update("""
                        INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                            time_stamp, aggregate_identifier, sequence_number, type)
                        VALUES (?, ?, ?, '1', ?, '2025-01-20T09:00:00Z', ?, ?, ?)""",
                UUID.randomUUID().toString(), METADATA.strip().getBytes(StandardCharsets.UTF_8),
                payload.replace("\n", "").getBytes(StandardCharsets.UTF_8), type, aggregateId, sequence, aggregateType);
    }
}
