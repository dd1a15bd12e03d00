package se.lofteskollen.query.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Events stored as revision 1 (before a promise named its own areas and parties) reach the read models through the
 * upcasters the query-service registers: the promise gets Västervik's eight areas and its police area and
 * municipality as parties, a pledge its area's code.
 */
class EventsOfRevisionOneTest extends QueryServiceTest {

    @Autowired
    ReadYourWrites freshness;

    @Test
    void aPromiseAndAPledgeStoredInRevisionOneAreReadAsTheirUpcastRevisionTwo() throws Exception {
        String promiseId = id("revision-one-2025");
        store(promiseId, 0, PromiseCreated.class, """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte 2025",\
                "policeArea":"Lokalpolisområde Västervik","municipality":"Västerviks kommun"}""".formatted(promiseId));
        long position = store(promiseId + "-6.2", 0, CommitmentPledged.class, """
                {"commitmentId":"%1$s-6.2","promiseId":"%1$s","code":"6.2","priorityArea":"CRIME_HOTSPOTS",\
                "responsible":["POLICE"],"text":"Platsbesök","targets":[]}""".formatted(promiseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> freshness.reached(position, Processors.ALL.toArray(String[]::new)));

        assertThat(jdbc.queryForList("SELECT code FROM promise_area WHERE promise_id = ? ORDER BY ordinal", String.class,
                promiseId)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(jdbc.queryForList("SELECT code || '=' || name FROM promise_party WHERE promise_id = ? ORDER BY ordinal",
                String.class, promiseId)).containsExactly("POLICE=Lokalpolisområde Västervik", "MUNICIPALITY=Västerviks kommun");
        JsonNode progress = getJson(get("/api/promises/{id}/progress", promiseId).with(httpBasic("ledning", "ledning")));
        JsonNode area = progress.get("areas").get(0);
        assertThat(area.get("priorityArea").asText()).isEqualTo("6");
        assertThat(area.get("name").asText()).isEqualTo("Brottskoncentrationer kopplade till tider och platser");
        assertThat(area.get("commitments").get(0).get("responsible").toString()).isEqualTo("[\"POLICE\"]");
    }

    /** Appends a revision 1 event as the earlier command-service stored it; answers its position. */
    private long store(String aggregateId, long sequence, Class<?> type, String payload) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, '1', ?, '2025-01-02T08:00:00Z', ?, ?, ?)""",
                eventId, "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                type.getName(), aggregateId, sequence, type.getSimpleName());
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class,
                eventId);
    }
}
