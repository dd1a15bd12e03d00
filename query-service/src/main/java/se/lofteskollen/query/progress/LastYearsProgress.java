package se.lofteskollen.query.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the commitments of a renewed promise ("Förnya") carry on: last year's promise as it stands today, its year
 * over, commitment by commitment. The comparison reads last year's progress as its own dashboard does (kept until
 * the read models change), so it costs one more promise's progress, once.
 */
@Component
public class LastYearsProgress {

    /**
     * @param promise      last year's promise, judged today
     * @param carriedOnBy  this year's commitment id to the progress of the one it carries on
     */
    public record Comparison(PromiseProgress promise, Map<String, CommitmentProgress> carriedOnBy) {

        public Optional<CommitmentProgress> of(String commitmentId) {
            return Optional.ofNullable(carriedOnBy.get(commitmentId));
        }
    }

    private final JdbcTemplate jdbc;
    private final ProgressService progress;

    LastYearsProgress(JdbcTemplate jdbc, ProgressService progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** Empty for a promise that renews none. */
    public Optional<Comparison> of(String promiseId) {
        String predecessorId = progress.promise(promiseId).getPredecessorId();
        if (predecessorId == null || progress.rulesOfPromise(predecessorId, null, null).isEmpty()) {
            return Optional.empty();
        }
        PromiseProgress lastYear = progress.ofPromise(predecessorId, null, null);
        Map<String, CommitmentProgress> byId = new HashMap<>();
        lastYear.areas().forEach(area -> area.commitments().forEach(c -> byId.put(c.commitmentId(), c)));
        Map<String, CommitmentProgress> carriedOnBy = new HashMap<>();
        jdbc.query("SELECT commitment_id, predecessor_id FROM commitment_view WHERE promise_id = ? "
                + "AND predecessor_id IS NOT NULL", row -> {
            CommitmentProgress predecessor = byId.get(row.getString(2));
            if (predecessor != null) {
                carriedOnBy.put(row.getString(1), predecessor);
            }
        }, promiseId);
        return Optional.of(new Comparison(lastYear, Map.copyOf(carriedOnBy)));
    }
}
