package se.lofteskollen.query.rollup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up's figures per promise: fresh while working them out fits the request's budget, otherwise the last
 * ones at once and fresh ones from the background shortly after.
 */
class RollupFiguresTest extends QueryServiceTest {

    private static final int YEAR = 2022;

    @Autowired
    ProgressService progress;
    @Autowired
    Clock clock;

    @Test
    void aPromiseThatChangedIsWorkedOutAgainWithinTheBudget() {
        String promiseId = promiseCountingVisits("inom");
        RollupFigures figures = new RollupFigures(progress, clock, Duration.ofSeconds(10));
        assertThat(done(figures, promiseId)).isZero();

        visit(promiseId, 1);

        assertThat(done(figures, promiseId)).isEqualTo(1);
    }

    @Test
    void beyondTheBudgetTheLastFiguresAnswerAndTheBackgroundBringsTheNewOnes() throws InterruptedException {
        String promiseId = promiseCountingVisits("utanfor");
        RollupFigures figures = new RollupFigures(progress, clock, Duration.ZERO);
        assertThat(done(figures, promiseId)).as("never worked out: worked out in the request, budget or not").isZero();

        visit(promiseId, 1);

        assertThat(done(figures, promiseId)).as("the last figures, at once").isZero();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (done(figures, promiseId) == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(done(figures, promiseId)).as("refreshed in the background").isEqualTo(1);
        figures.stop();
    }

    @Test
    void figuresOfALaterDayReplaceYesterdaysWhateverTheirChangeNumbers() {
        LocalDate monday = LocalDate.of(2022, 3, 7);
        RollupFigures.Kept yesterdays = new RollupFigures.Kept(9L, monday, null);
        RollupFigures.Kept todays = new RollupFigures.Kept(4L, monday.plusDays(1), null);
        RollupFigures.Kept newer = new RollupFigures.Kept(12L, monday, null);

        assertThat(yesterdays.newerOf(todays)).isSameAs(todays);
        assertThat(todays.newerOf(yesterdays)).isSameAs(todays);
        assertThat(yesterdays.newerOf(newer)).isSameAs(newer);
        assertThat(newer.newerOf(yesterdays)).isSameAs(newer);
    }

    private static int done(RollupFigures figures, String promiseId) {
        return figures.of(List.of(promiseId)).get(promiseId).counted().done();
    }

    private String promiseCountingVisits(String name) {
        String promiseId = id(name);
        feed().publish(new PromiseCreated(promiseId, YEAR, "Medborgarlöfte " + name, "Lokalpolisområde " + name, name,
                List.of(new PriorityArea("6", "Platser")), List.of(new PromiseParty("POLICE", "Polisen", "POLICE")),
                null, null, null));
        feed().by(EventFeed.SAMORDNARE).publish(new CommitmentPledged(promiseId + "-6.2", promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(new Target.Count(Measure.placeVisits(), 10)), null));
        feed().awaitProjections();
        return promiseId;
    }

    private void visit(String promiseId, int day) {
        feed().by(EventFeed.POLIS).publish(new PlaceVisitReported(promiseId + "-visit-" + day, promiseId,
                promiseId + "-6.2", new Place("Stora torget", "Centrum", null, null), LocalDate.of(YEAR, 4, day), null,
                "Synlig närvaro"));
        feed().awaitProjections();
    }
}
