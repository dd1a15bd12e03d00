package se.lofteskollen.query.commitment;

import org.junit.jupiter.api.Test;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report projection keeps report_tally from events: per commitment set, measure, day it happened and day it
 * became known (UTC), the number of reports and what they add to a count; a retraction takes its report away on its
 * own day.
 */
class ReportTallyTest extends QueryServiceTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    /** The promise's tallies as "commitments type network kind occurred known: reports quantity". */
    private List<String> tallies(String promiseId) {
        return jdbc.queryForList("""
                SELECT concat_ws(' ', replace(commitments, promise_id || '-', ''), report_type, nullif(network, ''),
                                 nullif(activity_kind, ''), occurred_on, known_on || ':', reports, quantity)
                FROM report_tally WHERE promise_id = ? ORDER BY commitments, report_type, occurred_on, activity_kind, known_on""",
                String.class, promiseId);
    }

    private PlaceVisitReported visit(String visitId, String promiseId, LocalDate on) {
        return new PlaceVisitReported(visitId, promiseId, promiseId + "-6.2", new Place("Stora torget", "Centrum", null, null),
                on, "Oro", "Närvaro");
    }

    @Test
    void aReportAddsToTheTallyOfTheDayItHappenedAndTheDayItWasRecorded() {
        String promiseId = id("one-report");
        feed().at("2025-03-04T23:30:00Z").publish(visit(promiseId + "-v1", promiseId, MARCH_3));
        feed().at("2025-03-05T08:00:00Z").publish(visit(promiseId + "-v2", promiseId, MARCH_3));
        feed().at("2025-03-05T09:00:00Z").publish(visit(promiseId + "-v3", promiseId, MARCH_3));
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly(
                "6.2 PLACE_VISIT 2025-03-03 2025-03-04: 1 1",
                "6.2 PLACE_VISIT 2025-03-03 2025-03-05: 2 2");
    }

    @Test
    void anActivityAddsItsCountAndDaysAndKindsAreTalliedApart() {
        String promiseId = id("activities");
        feed().on(MARCH_3).publish(new ActivityReported(promiseId + "-a1", promiseId, ActivityKind.FOOT_PATROL,
                List.of(promiseId + "-6.3"), MARCH_3, 3, null, null));
        feed().on(MARCH_3).publish(new ActivityReported(promiseId + "-a2", promiseId, ActivityKind.FOOT_PATROL,
                List.of(promiseId + "-6.3"), MARCH_3, 2, null, null));
        feed().on(MARCH_3).publish(new ActivityReported(promiseId + "-a3", promiseId, ActivityKind.CONCERN_TALK,
                List.of(promiseId + "-6.3"), MARCH_3, 5, null, null));
        feed().on(MARCH_3).publish(new ActivityReported(promiseId + "-a4", promiseId, ActivityKind.FOOT_PATROL,
                List.of(promiseId + "-6.3"), MARCH_3.minusDays(1), 1, null, null));
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly(
                "6.3 ACTIVITY FOOT_PATROL 2025-03-02 2025-03-03: 1 1",
                "6.3 ACTIVITY CONCERN_TALK 2025-03-03 2025-03-03: 1 5",
                "6.3 ACTIVITY FOOT_PATROL 2025-03-03 2025-03-03: 2 5");
    }

    @Test
    void aMeetingServingTwoCommitmentsIsOneTallyOfItsCommitmentSet() {
        String promiseId = id("meeting");
        feed().on(MARCH_3).publish(new MeetingRecorded(promiseId + "-m1", promiseId, Network.TISTEL, MARCH_3,
                List.of(promiseId + "-5.2", promiseId + "-1.1"), 9, null));
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly("1.1,5.2 MEETING TISTEL 2025-03-03 2025-03-03: 1 1");
    }

    @Test
    void aRepeatOfAReportAddsNothingInTheSameBatchOrALaterOne() {
        String promiseId = id("repeat");
        PlaceVisitReported visit = visit(promiseId + "-v1", promiseId, MARCH_3);
        feed().on(MARCH_3).publishTogether(visit, visit, visit(promiseId + "-v2", promiseId, MARCH_3));
        feed().awaitProjections();
        feed().on(MARCH_3.plusDays(1)).publish(visit);
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly("6.2 PLACE_VISIT 2025-03-03 2025-03-03: 2 2");
    }

    @Test
    void aRetractionTakesItsReportAwayOnTheDayItIsRecordedAndOnlyOnce() {
        String promiseId = id("retraction");
        String activity = promiseId + "-a1";
        feed().on(MARCH_3).publish(new ActivityReported(activity, promiseId, ActivityKind.CITIZEN_DIALOGUE,
                List.of(promiseId + "-8.1"), MARCH_3, 4, null, null));
        feed().on(MARCH_3).publish(new ActivityReported(promiseId + "-a2", promiseId, ActivityKind.CITIZEN_DIALOGUE,
                List.of(promiseId + "-8.1"), MARCH_3, 1, null, null));
        feed().awaitProjections();
        feed().on(LocalDate.of(2025, 7, 5)).publish(new ReportRetracted(activity, promiseId, "dubbelregistrerat"));
        feed().on(LocalDate.of(2025, 7, 6)).publish(new ReportRetracted(activity, promiseId, "igen"));
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly(
                "8.1 ACTIVITY CITIZEN_DIALOGUE 2025-03-03 2025-03-03: 2 5",
                "8.1 ACTIVITY CITIZEN_DIALOGUE 2025-03-03 2025-07-05: -1 -4");
    }

    @Test
    void aReportAndItsRetractionInOneBatchNetToNothingOnTheirDay() {
        String promiseId = id("retracted-at-once");
        String visitId = promiseId + "-v1";
        feed().on(MARCH_3).publishTogether(visit(visitId, promiseId, MARCH_3),
                new ReportRetracted(visitId, promiseId, "fel plats"));
        feed().awaitProjections();

        assertThat(tallies(promiseId)).containsExactly("6.2 PLACE_VISIT 2025-03-03 2025-03-03: 0 0");
    }

    @Test
    void theUpgradeFillsTheTalliesAsTheProjectionKeepsThem() throws Exception {
        String promiseId = id("upgrade");
        String retracted = promiseId + "-v1";
        feed().at("2025-03-03T10:00:00Z").publish(visit(retracted, promiseId, MARCH_3));
        feed().at("2025-03-04T10:00:00Z").publish(visit(promiseId + "-v2", promiseId, MARCH_3));
        feed().at("2025-03-04T11:00:00Z").publish(new MeetingRecorded(promiseId + "-m1", promiseId, Network.TISTEL,
                MARCH_3, List.of(promiseId + "-1.1", promiseId + "-5.2"), 9, null));
        feed().at("2025-07-05T10:00:00Z").publish(new ReportRetracted(retracted, promiseId, "dubbelregistrerat"));
        feed().awaitProjections();

        // The SELECT by which V9 fills report_tally from the reports and retractions already there.
        String migration = new String(getClass().getResourceAsStream(
                "/db/query/V9__report_tallies_kept_by_the_projection.sql").readAllBytes(), StandardCharsets.UTF_8);
        String insert = migration.substring(migration.indexOf("INSERT INTO report_tally"));
        String fill = insert.substring(insert.indexOf("SELECT"), insert.indexOf(';'));
        List<String> filled = jdbc.queryForList("""
                SELECT concat_ws(' ', commitments, report_type, network, activity_kind, occurred_on, known_on, reports,
                                 quantity)
                FROM (%s) filled WHERE promise_id = ? ORDER BY 1""".formatted(fill), String.class, promiseId);
        List<String> kept = jdbc.queryForList("""
                SELECT concat_ws(' ', commitments, report_type, network, activity_kind, occurred_on, known_on, reports,
                                 quantity)
                FROM report_tally WHERE promise_id = ? ORDER BY 1""", String.class, promiseId);

        assertThat(filled).hasSize(4).isEqualTo(kept);
    }
}
