package se.lofteskollen.query.readmodels;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A waiting read-your-write query hears of every batch a processor of this instance commits. */
class BatchCommitsTest extends QueryServiceTest {

    @Autowired
    BatchCommits commits;

    @Test
    void aProjectedEventIsACommittedBatch() {
        long before = commits.count();

        feed().publish(Promises.created(id("signalled"), 2025, "Löfte", "Polisen", "Kommunen"));
        feed().awaitProjections();

        assertThat(commits.count()).isGreaterThan(before);
    }

    @Test
    void aWaiterIsWokenByTheNextCommitLongBeforeItsPauseIsOver() throws Exception {
        long seen = commits.count();
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                commits.awaitAfter(seen, Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        feed().publish(Promises.created(id("woken"), 2025, "Löfte", "Polisen", "Kommunen"));

        // Bounded only so that a broken signal fails the test instead of hanging it for five minutes.
        waiter.get(60, TimeUnit.SECONDS);
        assertThat(commits.count()).isGreaterThan(seen);
    }
}
