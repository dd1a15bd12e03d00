package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Callers that arrive while a commit runs share the next one; a caller that finds none running writes alone, and a
 * caller its group did not write writes alone too.
 */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<List<String>> groups = new CopyOnWriteArrayList<>();
    private final List<String> alone = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstMayFinish.countDown();
        callers.shutdownNow();
    }

    /** Answers "request@together" for each, and remembers the group. */
    private final Function<List<String>, List<String>> together = requests -> {
        groups.add(requests);
        return requests.stream().map(request -> request + "@together").toList();
    };

    private String writeAlone(String request) {
        alone.add(request);
        if (request.equals("first")) {
            await(firstMayFinish);
        }
        return request + "@alone";
    }

    private CompletableFuture<String> submit(GroupCommit<String, String> commit, String request) {
        return CompletableFuture.supplyAsync(() -> commit.submit(request, () -> writeAlone(request)), callers);
    }

    /** The first caller writes alone and holds its commit open until let go; these arrive meanwhile. */
    private List<CompletableFuture<String>> whileTheFirstWrites(GroupCommit<String, String> commit,
                                                                String... requests) throws Exception {
        CompletableFuture<String> first = submit(commit, "first");
        while (!alone.contains("first")) {
            Thread.sleep(5);
        }
        List<CompletableFuture<String>> answers = new ArrayList<>(List.of(first));
        for (String request : requests) {
            answers.add(submit(commit, request));
            while (commit.waiting() < answers.size() - 1) {
                Thread.sleep(5); // in the order given
            }
        }
        firstMayFinish.countDown();
        return answers;
    }

    private static List<String> answers(List<CompletableFuture<String>> futures) throws Exception {
        List<String> answers = new ArrayList<>();
        for (CompletableFuture<String> future : futures) {
            answers.add(future.get(10, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallerThatFindsNoCommitRunningWritesAloneOnItsOwnThread() {
        GroupCommit<String, String> commit = new GroupCommit<>(64, 1, together);
        Thread caller = Thread.currentThread();
        String answer = commit.submit("only", () -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return "only@alone";
        });

        assertThat(answer).isEqualTo("only@alone");
        assertThat(groups).isEmpty();
        assertThat(commit.waiting()).isZero();
    }

    @Test
    void callersThatArriveWhileACommitRunsShareTheNextInTheOrderTheyArrived() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, 1, together);
        List<CompletableFuture<String>> answers = whileTheFirstWrites(commit, "b", "c", "d");

        assertThat(answers(answers)).containsExactly("first@alone", "b@together", "c@together", "d@together");
        assertThat(groups).containsExactly(List.of("b", "c", "d"));
        assertThat(alone).containsExactly("first");
    }

    @Test
    void noGroupIsLargerThanTheMostAndTheRestShareTheCommitAfterIt() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(2, 1, together);
        List<CompletableFuture<String>> answers = whileTheFirstWrites(commit, "b", "c", "d", "e", "f");

        assertThat(answers(answers)).containsExactly("first@alone", "b@together", "c@together", "d@together",
                "e@together", "f@alone");
        assertThat(groups).containsExactly(List.of("b", "c"), List.of("d", "e"));
        assertThat(alone).containsExactly("first", "f");
    }

    @Test
    void aCallerItsGroupDidNotWriteWritesAlone() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, 1, requests -> {
            groups.add(requests);
            return requests.stream().map(request -> request.equals("c") ? null : request + "@together").toList();
        });
        List<CompletableFuture<String>> answers = whileTheFirstWrites(commit, "b", "c", "d");

        assertThat(answers(answers)).containsExactly("first@alone", "b@together", "c@alone", "d@together");
        assertThat(alone).containsExactly("first", "c");
    }

    @Test
    void whenAGroupCannotBeWrittenEveryCallerInItWritesAlone() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, 1, requests -> {
            groups.add(requests);
            throw new IllegalStateException("the database went away");
        });
        List<CompletableFuture<String>> answers = whileTheFirstWrites(commit, "b", "c");

        assertThat(answers(answers)).containsExactly("first@alone", "b@alone", "c@alone");
        assertThat(groups).containsExactly(List.of("b", "c"));
        assertThat(commit.waiting()).isZero();
    }

    @Test
    void aLeaderWhoseOwnWriteFailsStillHandsOnTheLead() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(64, 1, together);
        CompletableFuture<String> failing = CompletableFuture.supplyAsync(() -> commit.submit("first", () -> {
            alone.add("first");
            await(firstMayFinish);
            throw new IllegalStateException("its condition no longer holds");
        }), callers);
        while (!alone.contains("first")) {
            Thread.sleep(5);
        }
        CompletableFuture<String> next = submit(commit, "b");
        while (commit.waiting() < 1) {
            Thread.sleep(5);
        }
        firstMayFinish.countDown();

        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("its condition no longer holds");
        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("b@alone");
    }

    @Test
    void withTwoCommitsAtOnceASecondCallerLeadsAtOnceAndTheNextShareTheCommitAfterEither() throws Exception {
        CountDownLatch secondMayFinish = new CountDownLatch(1);
        GroupCommit<String, String> commit = new GroupCommit<>(64, 2, together);
        CompletableFuture<String> first = submit(commit, "first");
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> commit.submit("second", () -> {
            alone.add("second");
            await(secondMayFinish);
            return "second@alone";
        }), callers);
        while (!alone.containsAll(List.of("first", "second"))) {
            Thread.sleep(5);
        }
        List<CompletableFuture<String>> answers = new ArrayList<>(List.of(first, second));
        for (String request : List.of("b", "c", "d")) {
            answers.add(submit(commit, request));
            while (commit.waiting() < answers.size() - 2) {
                Thread.sleep(5);
            }
        }
        firstMayFinish.countDown();
        assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("b@together");
        secondMayFinish.countDown();

        assertThat(answers(answers)).containsExactly("first@alone", "second@alone", "b@together", "c@together",
                "d@together");
        assertThat(groups).containsExactly(List.of("b", "c", "d"));
    }

    @Test
    void aGroupIsTwoOrMore() {
        assertThatThrownBy(() -> new GroupCommit<>(1, 1, together)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupCommit<>(2, 0, together)).isInstanceOf(IllegalArgumentException.class);
    }
}
