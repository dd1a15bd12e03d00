package se.lofteskollen.command.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.events.report.ActivityReported;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter retracts only its own organisation's reports. Who made a report is read from its stored event (the
 * organisation in its metadata), so it holds for reports stored before any lookup of reports existed, or after one
 * was dropped.
 */
@CommandServiceTest
class RetractionPermissionTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStoreRows events;

    private static final String REASON = """
            {"reason":"Rapporterad två gånger"}""";

    /** An activity report as an earlier version of the service stored it, made by {@code organisation}. */
    private String storedEarlier(String organisation) {
        String reportId = "earlier-" + UUID.randomUUID();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (?, convert_to(?, 'UTF8'), convert_to(?, 'UTF8'), '1', ?, '2025-05-20T08:00:00Z', ?, 0, 'Report')""",
                UUID.randomUUID().toString(),
                """
                {"userId":"someone","userName":"Someone","organisation":"%s","role":"REPORTER","client":"api",
                 "correlationId":"c","traceId":"t"}""".formatted(organisation),
                """
                {"activityId":"%s","promiseId":"vastervik-2025","kind":"FOOT_PATROL",
                 "commitmentIds":["vastervik-2025-1.1"],"occurredOn":"2025-05-20","count":1,"place":null,"notes":null}"""
                        .formatted(reportId),
                ActivityReported.class.getName(), reportId);
        return reportId;
    }

    @Test
    void aReporterRetractsAReportItsOrganisationStoredBeforeThisVersion() {
        String reportId = storedEarlier("POLICE");

        Answer answer = api.post("polis", "/api/reports/" + reportId + "/retraction", REASON);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(HttpStatus.OK);
        assertThat(events.of(reportId)).hasSize(2);
    }

    @Test
    void aReporterMayNotRetractAnotherOrganisationsEarlierReport() {
        String reportId = storedEarlier("MUNICIPALITY");

        Answer answer = api.post("polis", "/api/reports/" + reportId + "/retraction", REASON);

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.text("field")).isEqualTo("reportId");
        assertThat(events.of(reportId)).hasSize(1);
    }

    @Test
    void aReportMadeNowIsRetractedByItsOwnOrganisationOnly() {
        String reportId = "now-" + UUID.randomUUID();
        api.post("kommun", "/api/activities", """
                {"activityId":"%s","kind":"CITIZEN_DIALOGUE","commitmentIds":["vastervik-2025-1.1"],"occurredOn":"2025-05-20"}"""
                .formatted(reportId));

        Answer byPolice = api.post("polis", "/api/reports/" + reportId + "/retraction", REASON);
        Answer byMunicipality = api.post("kommun", "/api/reports/" + reportId + "/retraction", REASON);

        assertThat(byPolice.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byMunicipality.status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLookupOfReportsIsGone() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE tablename = 'report_lookup'", Integer.class))
                .isZero();
    }
}
