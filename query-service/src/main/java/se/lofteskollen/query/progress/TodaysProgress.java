package se.lofteskollen.query.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.query.readmodels.Processors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Today's progress of a promise, kept between requests. It can only change when the "commitments" processor commits
 * a batch, and that batch's transaction also writes the processor's tokens: so an answer is kept under its promise,
 * its day and the tokens as they stood before it was worked out, and any new event makes a new key. (An answer
 * worked out after a batch that committed meanwhile is newer than its key says, never older.) The dashboard, the
 * public page and the API ask for the same figures again and again; working them out takes half a dozen queries.
 *
 * <p>Requests that miss together wait for one working-out instead of each doing their own: after a replay or a new
 * batch, a burst of requests would otherwise all work out the same answer at once and queue behind each other.
 */
@Component
class TodaysProgress {

    private static final int KEPT = 32;

    private record Key(String promiseId, LocalDate asOf, String tokens) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Key, CompletableFuture<PromiseProgress>> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<PromiseProgress>> eldest) {
            return size() > KEPT;
        }
    };

    TodaysProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PromiseProgress of(String promiseId, LocalDate asOf, Supplier<PromiseProgress> workOut) {
        Key key = new Key(promiseId, asOf, tokens());
        CompletableFuture<PromiseProgress> answer;
        CompletableFuture<PromiseProgress> mine = null;
        synchronized (answers) {
            answer = answers.get(key);
            if (answer == null) {
                mine = new CompletableFuture<>();
                answers.put(key, mine);
                answer = mine;
            }
        }
        if (mine != null) {
            try {
                mine.complete(workOut.get());
            } catch (RuntimeException | Error failure) {
                // Not kept: the next request tries again.
                synchronized (answers) {
                    answers.remove(key, mine);
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

    private String tokens() {
        return jdbc.queryForObject("""
                SELECT coalesce(string_agg(segment || ':' || md5(coalesce(token, ''::bytea)), ',' ORDER BY segment), '')
                FROM token_entry WHERE processor_name = ?""", String.class, Processors.READ_MODELS);
    }
}
