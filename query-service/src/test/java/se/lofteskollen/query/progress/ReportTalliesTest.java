package se.lofteskollen.query.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/**
 * The tallies the rules see: per commitment set, measure and day, as known at an instant, read from report_tally and
 * (for a past knownAt) the reports and retractions of knownAt's own day. Whatever the cut, the rules judge them exactly
 * as they judge the same reports one by one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTalliesTest extends QueryServiceTest {

    @Autowired
    ReportTallies tallies;
    @Autowired
    CommitmentFactsReader facts;
    @Autowired
    ProgressService progress;

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("tallies-2025"));
        // Three more visits of 6 January, recorded on 1 December a minute apart: one tally of four with the mini
        // promise's own visit of that day. The second is retracted the same morning.
        for (int i = 0; i < 3; i++) {
            feed().by(POLIS).at("2025-12-01T10:0" + i + ":00Z").publish(new PlaceVisitReported(
                    promise.promiseId + "-extra-" + i, promise.promiseId, promise.commitment("6.2"),
                    new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 1, 6), "Oro", "Närvaro"));
        }
        feed().by(POLIS).at("2025-12-01T10:05:00Z").publish(new ReportRetracted(promise.promiseId + "-extra-1",
                promise.promiseId, "dubbelregistrerat"));
        feed().awaitProjections();
    }

    private static int visitsOn(List<CommitmentFacts.Tally> tallies, LocalDate day) {
        return tallies.stream().filter(tally -> tally.occurredOn().equals(day)).mapToInt(CommitmentFacts.Tally::quantity).sum();
    }

    @Test
    void reportsOfOneDayAreOneTallyForToday() {
        List<CommitmentFacts.Tally> visits = tallies.ofPromise(promise.promiseId, null).get(promise.commitment("6.2"));

        assertThat(visits.stream().filter(tally -> tally.occurredOn().equals(LocalDate.of(2025, 1, 6)))).hasSize(1);
        assertThat(visitsOn(visits, LocalDate.of(2025, 1, 6))).isEqualTo(3);
        // 40 visits, the one of 15 Feb retracted, three more, one of them retracted.
        assertThat(visits.stream().mapToInt(CommitmentFacts.Tally::quantity).sum()).isEqualTo(40 - 1 + 3 - 1);
    }

    @Test
    void aPastKnownAtTakesWholeDaysBeforeItsOwnAndTheReportsOfItsDayOneByOne() {
        Instant knownAt = Instant.parse("2025-12-01T10:01:00Z");
        List<CommitmentFacts.Tally> visits = tallies.ofPromise(promise.promiseId, knownAt).get(promise.commitment("6.2"));

        assertThat(visits).filteredOn(tally -> tally.recordedAt().isAfter(Instant.parse("2025-12-01T00:00:00Z")))
                .extracting(CommitmentFacts.Tally::recordedAt, CommitmentFacts.Tally::reports)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2025-12-01T10:00:00Z"), 1),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2025-12-01T10:01:00Z"), 1),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2025-12-01T10:02:00Z"), 1),
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2025-12-01T10:05:00Z"), -1));
        ProgressRules rules = progress.rules(2025, LocalDate.of(2025, 12, 31), knownAt);
        TargetProgress sixTwo = facts.ofPromise(promise.promiseId, knownAt).stream()
                .filter(commitment -> commitment.commitmentId().equals(promise.commitment("6.2")))
                .map(rules::evaluate).flatMap(Optional::stream).findFirst().orElseThrow().targets().get(0);
        assertThat(sixTwo.achieved()).isEqualTo(39 + 2);
    }

    @Test
    void aMeetingServingTwoCommitmentsIsTheSameTallyInBoth() {
        Map<String, List<CommitmentFacts.Tally>> sums = tallies.ofPromise(promise.promiseId, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(sums.get(promise.commitment("1.1"))).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(sums.get(promise.commitment("5.2")));
    }

    @ParameterizedTest(name = "knownAt {0}")
    @CsvSource(nullValues = "now", value = {"now", "2025-07-05T09:00:00Z", "2025-12-01T10:01:30Z"})
    void oneCommitmentsTalliesAreThoseOfThePromise(Instant knownAt) {
        assertThat(tallies.ofCommitment(promise.promiseId, promise.commitment("6.2"), knownAt))
                .containsExactlyInAnyOrderElementsOf(tallies.ofPromise(promise.promiseId, knownAt).get(promise.commitment("6.2")));
    }

    /**
     * The reports of the promise one by one, each its own key, and each retraction a negative tally of its report:
     * what the rules would be given if they read every report.
     */
    private Map<String, List<CommitmentFacts.Tally>> oneByOne() {
        Map<String, List<CommitmentFacts.Tally>> byCommitment = new HashMap<>();
        jdbc.query("""
                SELECT v.report_id, c.commitment_id, v.report_type, v.network, v.activity_kind, v.occurred_on,
                       v.recorded_at, v.quantity, x.recorded_at AS retracted_at
                FROM report_view v
                JOIN report_commitment c ON c.report_id = v.report_id
                LEFT JOIN report_retraction x ON x.report_id = v.report_id
                WHERE v.promise_id = ?""", row -> {
            String network = row.getString("network");
            String kind = row.getString("activity_kind");
            Measure measure = new Measure(ReportType.valueOf(row.getString("report_type")),
                    network == null ? null : Network.valueOf(network), kind == null ? null : ActivityKind.valueOf(kind));
            String reportId = row.getString("report_id");
            LocalDate day = row.getObject("occurred_on", LocalDate.class);
            int quantity = row.getInt("quantity");
            List<CommitmentFacts.Tally> of = byCommitment.computeIfAbsent(row.getString("commitment_id"), id -> new ArrayList<>());
            of.add(new CommitmentFacts.Tally(reportId, measure, day,
                    row.getObject("recorded_at", OffsetDateTime.class).toInstant(), 1, quantity));
            OffsetDateTime retractedAt = row.getObject("retracted_at", OffsetDateTime.class);
            if (retractedAt != null) {
                of.add(new CommitmentFacts.Tally(reportId, measure, day, retractedAt.toInstant(), -1, -quantity));
            }
        }, promise.promiseId);
        return byCommitment;
    }

    @ParameterizedTest(name = "asOf {0}, knownAt {1}")
    @CsvSource(nullValues = "now", value = {
            "2025-12-31, now",
            "2025-06-30, now",
            "2025-01-06, now",
            "2025-06-30, 2025-06-30T23:59:59Z",
            "2025-12-31, 2025-02-15T11:59:59.999Z",
            "2025-12-31, 2025-02-15T12:00:00Z",
            "2025-12-31, 2025-07-05T08:59:59Z",
            "2025-12-31, 2025-07-05T09:00:00Z",
            "2025-02-15, 2025-07-05T09:00:00Z",
            "2025-12-31, 2025-12-01T10:00:59Z",
            "2025-12-31, 2025-12-01T10:04:59Z",
            "2025-12-31, 2025-12-01T10:05:00Z",
            "2025-01-06, 2025-12-01T10:05:00Z",
            "2025-12-31, 2100-01-01T00:00:00Z",
            "2025-12-31, 2025-01-01T00:00:00Z"})
    void theRulesJudgeTheTalliesAsTheyJudgeEveryReportOneByOne(LocalDate asOf, Instant knownAt) {
        ProgressRules rules = progress.rules(2025, asOf, knownAt);
        List<CommitmentFacts> tallied = facts.ofPromise(promise.promiseId, knownAt);
        Map<String, List<CommitmentFacts.Tally>> reports = oneByOne();
        List<CommitmentFacts> oneByOne = tallied.stream().map(commitment -> new CommitmentFacts(commitment.commitmentId(),
                commitment.code(), commitment.priorityArea(), commitment.versions(), commitment.baselines(),
                commitment.withdrawal(), reports.getOrDefault(commitment.commitmentId(), List.of()),
                commitment.milestones(), commitment.notes())).toList();

        assertThat(tallied.stream().map(rules::evaluate).toList())
                .isEqualTo(oneByOne.stream().map(rules::evaluate).toList());
        assertThat(rules.headlines(tallied)).isEqualTo(rules.headlines(oneByOne));
    }
}
