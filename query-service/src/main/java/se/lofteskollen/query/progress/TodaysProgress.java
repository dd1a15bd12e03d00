package se.lofteskollen.query.progress;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Today's progress of a promise, kept between requests. It can only change when the "commitments" processor commits
 * a batch that touched the promise, and that batch's transaction also moves the promise's change number
 * ({@link PromiseChanges}): so an answer is kept under its promise, its day and that number as it stood before it was
 * worked out, and a new event of the promise makes a new key, while an event of another promise does not. (An
 * answer worked out after a batch that committed meanwhile is newer than its key says, never older.) The dashboard,
 * the public page, the roll-up of every promise and the API ask for the same figures again and again; working them
 * out takes half a dozen queries.
 *
 * <p>Requests that miss together wait for one working-out instead of each doing their own: after a replay or a new
 * batch, a burst of requests would otherwise all work out the same answer at once and queue behind each other.
 */
@Component
class TodaysProgress {

    /** Promise-days kept: every promise of a year's roll-up, with room to spare. */
    private static final int KEPT = 512;

    private record Day(String promiseId, LocalDate asOf) {
    }

    /** One promise-day's answer, as it stood at the promise's change number {@code changed}. */
    private record Kept(Long changed, CompletableFuture<PromiseProgress> answer) {
    }

    private final PromiseChanges changes;
    // Only the newest answer of a promise-day is kept: an older change number is never asked for again, and a
    // promise under steady reporting would otherwise fill the room with its own old answers.
    private final Map<Day, Kept> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Day, Kept> eldest) {
            return size() > KEPT;
        }
    };

    TodaysProgress(PromiseChanges changes) {
        this.changes = changes;
    }

    PromiseProgress of(String promiseId, LocalDate asOf, Supplier<PromiseProgress> workOut) {
        return of(promiseId, asOf, changes.changed(promiseId), workOut);
    }

    /** The same, with the promise's change number already read (with many others', for a roll-up). */
    PromiseProgress of(String promiseId, LocalDate asOf, Long changed, Supplier<PromiseProgress> workOut) {
        Day key = new Day(promiseId, asOf);
        CompletableFuture<PromiseProgress> answer;
        CompletableFuture<PromiseProgress> mine = null;
        synchronized (answers) {
            Kept kept = answers.get(key);
            // A kept answer newer than the number this request read serves it too: newer than asked, never older.
            if (kept != null && (Objects.equals(kept.changed(), changed)
                    || (kept.changed() != null && changed != null && kept.changed() > changed))) {
                answer = kept.answer();
            } else {
                mine = new CompletableFuture<>();
                answers.put(key, new Kept(changed, mine));
                answer = mine;
            }
        }
        if (mine != null) {
            try {
                mine.complete(workOut.get());
            } catch (RuntimeException | Error failure) {
                // Not kept: the next request tries again.
                synchronized (answers) {
                    Kept kept = answers.get(key);
                    if (kept != null && kept.answer() == mine) {
                        answers.remove(key);
                    }
                }
                mine.completeExceptionally(failure);
                throw failure;
            }
        }
        try {
            return answer.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
