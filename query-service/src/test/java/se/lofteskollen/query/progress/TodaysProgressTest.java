package se.lofteskollen.query.progress;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/**
 * Today's progress is kept between requests, and worked out anew as soon as a new event of its promise is projected;
 * an event of another promise leaves it kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodaysProgressTest extends QueryServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    @Autowired
    ProgressService progress;
    @Autowired
    TodaysProgress todays;

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
    void anEventOfAnotherPromiseLeavesAPromisesFiguresKeptAndOneOfItsOwnDoesNot() {
        MiniPromise other = new MiniPromise(feed(), id("todays-other-2025"));
        feed().awaitProjections();
        LocalDate day = LocalDate.of(2025, 4, 1);
        AtomicInteger workedOut = new AtomicInteger();
        Supplier<PromiseProgress> counting = () -> {
            workedOut.incrementAndGet();
            return progress.ofPromise(promise.promiseId, day, Instant.now());
        };
        todays.of(promise.promiseId, day, counting);

        feed().by(POLIS).on(LocalDate.of(2025, 3, 3)).publish(new PlaceVisitReported(other.promiseId + "-elsewhere",
                other.promiseId, other.commitment("6.2"), new Place("Torget", null, null, null),
                LocalDate.of(2025, 3, 3), "Oro", "Närvaro"));
        feed().awaitProjections();
        todays.of(promise.promiseId, day, counting);
        assertThat(workedOut).as("kept across another promise's report").hasValue(1);

        feed().by(POLIS).on(LocalDate.of(2025, 3, 3)).publish(new PlaceVisitReported(promise.promiseId + "-own",
                promise.promiseId, promise.commitment("6.2"), new Place("Torget", null, null, null),
                LocalDate.of(2025, 3, 3), "Oro", "Närvaro"));
        feed().awaitProjections();
        todays.of(promise.promiseId, day, counting);
        assertThat(workedOut).as("worked out again after its own").hasValue(2);
    }

    @Test
    void onlyTheNewestAnswerOfAPromiseDayIsKeptAndServesARequestThatReadAnOlderNumber() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        PromiseProgress answer = progress.ofPromise(promise.promiseId, day, Instant.now());
        String key = promise.promiseId + "-numbered";
        AtomicInteger workedOut = new AtomicInteger();
        Supplier<PromiseProgress> counting = () -> {
            workedOut.incrementAndGet();
            return answer;
        };

        todays.of(key, day, 5L, counting);
        todays.of(key, day, 7L, counting);
        assertThat(workedOut).as("a newer number works it out again").hasValue(2);
        todays.of(key, day, 5L, counting);
        todays.of(key, day, 7L, counting);
        assertThat(workedOut).as("the newest answer serves both").hasValue(2);
    }

    @Test
    void aKeptAnswerSaysWhenItWasAskedFor() throws Exception {
        PromiseProgress first = progress.ofPromise(promise.promiseId, DAY, null);
        Thread.sleep(5);
        PromiseProgress second = progress.ofPromise(promise.promiseId, DAY, null);

        assertThat(second.knownAt()).isAfter(first.knownAt());
        assertThat(second.areas()).isEqualTo(first.areas());
    }

    @Test
    void requestsMissingTogetherWaitForOneWorkingOut() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 1);
        PromiseProgress answer = progress.ofPromise(promise.promiseId, day, null);
        AtomicInteger workedOut = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        String otherKey = promise.promiseId + "-not-asked-before";
        List<Thread> requests = new ArrayList<>();
        List<PromiseProgress> answers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread request = new Thread(() -> answers.add(todays.of(otherKey, day, () -> {
                workedOut.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return answer;
            })));
            requests.add(request);
            request.start();
        }
        // Every request is parked: one working the answer out, the others waiting for it.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> requests.stream().allMatch(request -> request.getState() == Thread.State.WAITING));
        release.countDown();
        for (Thread request : requests) {
            request.join(10_000);
        }

        assertThat(workedOut).hasValue(1);
        assertThat(answers).hasSize(6).containsOnly(answer);
    }
}
