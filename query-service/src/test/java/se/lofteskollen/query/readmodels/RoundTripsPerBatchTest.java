package se.lofteskollen.query.readmodels;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.platform.testing.StatementCounter;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget of a live batch in round trips to PostgreSQL (not in time), counted on the processor's worker threads:
 * a report that arrives on its own is written with everything worked out from it (its tally, its promise's change
 * mark) in one round trip; with the token's and the commit, three (ten when each statement was a round trip of
 * its own, the tally two). The read of the stream, on the processor's coordinator thread, is one statement, in no
 * transaction: a COMMIT after it would be a round trip of its own for nothing.
 */
@Import(StatementCounter.class)
class RoundTripsPerBatchTest extends QueryServiceTest {

    private static final String WORKERS = "WorkPackage[" + Processors.READ_MODELS + "]";
    private static final String COORDINATOR = "Coordinator[" + Processors.READ_MODELS + "]";

    @Test
    void aReportArrivingOnItsOwnIsWrittenWithItsTallyAndItsPromisesChangeInOneRoundTrip() {
        String promiseId = id("trips-2025");
        EventFeed feed = feed().by(EventFeed.POLIS);
        feed.publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "LPO", "Kommun"));
        feed.publish(new CommitmentPledged(promiseId + "-6.2", promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
        feed.publish(visit(promiseId, "first"));
        feed.awaitProjections();

        StatementCounter.reset(WORKERS);
        feed.publish(visit(promiseId, "counted"));
        feed.awaitProjections();
        List<String> sent = StatementCounter.sent();

        assertThat(sent).as("sent: %s", sent).filteredOn(text -> text.contains("INSERT INTO"))
                .singleElement().asString()
                .contains("INSERT INTO report_view", "INSERT INTO report_commitment", "INSERT INTO place_visit",
                        "INSERT INTO audit_entry", "INSERT INTO report_tally", "INSERT INTO promise_change");
        assertThat(sent).as("sent: %s", sent).hasSize(3).endsWith("COMMIT")
                .anySatisfy(text -> assertThat(text).startsWith("UPDATE token_entry"));
    }

    @Test
    void theProcessorReadsTheStreamWithoutATransactionOfItsOwn() {
        String promiseId = id("read-2025");
        EventFeed feed = feed().by(EventFeed.POLIS);
        feed.publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "LPO", "Kommun"));
        feed.awaitProjections();

        StatementCounter.reset(COORDINATOR);
        feed.publish(new CommitmentPledged(promiseId + "-6.2", promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
        feed.awaitProjections();
        List<String> sent = StatementCounter.sent();

        assertThat(sent).as("sent: %s", sent)
                .anySatisfy(text -> assertThat(text).startsWith("SELECT").contains("FROM domain_event_entry"))
                .doesNotContain("COMMIT", "ROLLBACK");
    }

    private static PlaceVisitReported visit(String promiseId, String name) {
        return new PlaceVisitReported(promiseId + "-visit-" + name, promiseId, promiseId + "-6.2",
                new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 3, 3), null, "fotpatrull");
    }
}
