package se.lofteskollen.query.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/** Today's progress is kept between requests, and worked out anew as soon as a new event is projected. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodaysProgressTest extends QueryServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    @Autowired
    ProgressService progress;

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("todays-2025"));
        feed().awaitProjections();
    }

    private int visits() {
        return progress.ofPromise(promise.promiseId, DAY, null).areas().stream()
                .flatMap(area -> area.commitments().stream())
                .filter(commitment -> commitment.commitmentId().equals(promise.commitment("6.2")))
                .findFirst().orElseThrow().targets().get(0).achieved();
    }

    @Test
    void aNewVisitCountsAtTheNextRequest() {
        int before = visits();
        assertThat(visits()).isEqualTo(before);

        feed().by(POLIS).on(LocalDate.of(2025, 11, 3)).publish(new PlaceVisitReported(promise.promiseId + "-late-visit",
                promise.promiseId, promise.commitment("6.2"), new Place("Hamnen", "Centrum", null, null),
                LocalDate.of(2025, 11, 3), "Oro", "Närvaro"));
        feed().awaitProjections();

        assertThat(visits()).isEqualTo(before + 1);
    }

    @Test
    void aKeptAnswerSaysWhenItWasAskedFor() throws Exception {
        PromiseProgress first = progress.ofPromise(promise.promiseId, DAY, null);
        Thread.sleep(5);
        PromiseProgress second = progress.ofPromise(promise.promiseId, DAY, null);

        assertThat(second.knownAt()).isAfter(first.knownAt());
        assertThat(second.areas()).isEqualTo(first.areas());
    }
}
