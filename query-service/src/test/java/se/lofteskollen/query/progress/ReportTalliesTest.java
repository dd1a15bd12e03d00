package se.lofteskollen.query.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/** The reports the rules see are sums per commitment set, measure and day, taken as known at an instant. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTalliesTest extends QueryServiceTest {

    @Autowired
    ReportTallies tallies;

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("tallies-2025"));
        // Three more visits on one day: one sum of four with the mini promise's own visit of 2025-01-06.
        for (int i = 0; i < 3; i++) {
            feed().by(POLIS).at("2025-12-01T10:0" + i + ":00Z").publish(new PlaceVisitReported(
                    promise.promiseId + "-extra-" + i, promise.promiseId, promise.commitment("6.2"),
                    new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 1, 6), "Oro", "Närvaro"));
        }
        feed().awaitProjections();
    }

    private int visitsOn(List<CommitmentFacts.Report> sums, LocalDate day) {
        return sums.stream().filter(sum -> sum.occurredOn().equals(day)).mapToInt(CommitmentFacts.Report::quantity).sum();
    }

    @Test
    void reportsOfOneDayAreOneSum() {
        List<CommitmentFacts.Report> visits = tallies.ofPromise(promise.promiseId, Instant.parse("2026-01-01T00:00:00Z"))
                .get(promise.commitment("6.2"));

        assertThat(visits.stream().filter(sum -> sum.occurredOn().equals(LocalDate.of(2025, 1, 6)))).hasSize(1);
        assertThat(visitsOn(visits, LocalDate.of(2025, 1, 6))).isEqualTo(4);
        assertThat(visits.stream().mapToInt(CommitmentFacts.Report::quantity).sum()).isEqualTo(39 + 3);
    }

    @Test
    void reportsRecordedLaterAndRetractionsKnownByThenAreLeftOutOrIn() {
        // On 30 June the three extra visits were not yet recorded, and the retraction of 5 July not yet known.
        List<CommitmentFacts.Report> then = tallies.ofPromise(promise.promiseId, Instant.parse(MiniPromise.ON_30_JUNE))
                .get(promise.commitment("6.2"));

        assertThat(visitsOn(then, LocalDate.of(2025, 1, 6))).isEqualTo(1);
        assertThat(then.stream().mapToInt(CommitmentFacts.Report::quantity).sum()).isEqualTo(40);
    }

    @Test
    void aMeetingServingTwoCommitmentsIsTheSameSumInBoth() {
        Map<String, List<CommitmentFacts.Report>> sums = tallies.ofPromise(promise.promiseId, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(sums.get(promise.commitment("1.1"))).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(sums.get(promise.commitment("5.2")));
    }

    @Test
    void oneCommitmentsSumsAreThoseOfThePromise() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(tallies.ofCommitment(promise.commitment("6.2"), now))
                .containsExactlyInAnyOrderElementsOf(tallies.ofPromise(promise.promiseId, now).get(promise.commitment("6.2")));
    }

    /** What a rule sees of a sum, leaving out when it was recorded. */
    private static List<String> seen(List<CommitmentFacts.Report> sums) {
        return sums.stream().map(sum -> sum.reportId() + " " + sum.quantity()).sorted().toList();
    }

    @Test
    void todaysSumsKeptByTheDatabaseAreThoseOfEverythingKnownNow() {
        Map<String, List<CommitmentFacts.Report>> now = tallies.ofPromise(promise.promiseId, null);
        Map<String, List<CommitmentFacts.Report>> summed = tallies.ofPromise(promise.promiseId, Instant.parse("2100-01-01T00:00:00Z"));

        assertThat(now.keySet()).isEqualTo(summed.keySet());
        now.forEach((commitment, sums) -> assertThat(seen(sums)).as(commitment).isEqualTo(seen(summed.get(commitment))));
        // The retracted visit of 15 Feb is out of its sum.
        assertThat(visitsOn(now.get(promise.commitment("6.2")), LocalDate.of(2025, 2, 15))).isZero();
        assertThat(seen(tallies.ofCommitment(promise.commitment("6.2"), null))).isEqualTo(seen(now.get(promise.commitment("6.2"))));
    }

    @Test
    void aReportWrittenAgainIsNotAddedToItsSumTwice() {
        List<String> before = seen(tallies.ofPromise(promise.promiseId, null).get(promise.commitment("6.2")));

        // What a redelivered event does: the same insert, which finds its row there.
        jdbc.update("""
                INSERT INTO report_view SELECT * FROM report_view WHERE promise_id = ? ON CONFLICT (report_id) DO NOTHING""",
                promise.promiseId);

        assertThat(seen(tallies.ofPromise(promise.promiseId, null).get(promise.commitment("6.2")))).isEqualTo(before);
    }
}
