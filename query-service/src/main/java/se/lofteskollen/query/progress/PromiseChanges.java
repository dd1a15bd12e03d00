package se.lofteskollen.query.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Marks each promise a batch touched as changed ({@code promise_change}), in the batch's own transaction, once per
 * promise and batch, so that {@link TodaysProgress} keeps a promise's figures until its own read models change, and
 * the pages watching a promise live learn that its figures have.
 * Written in the promises' order, so that two query instances' batches touching the same promises wait for each
 * other instead of deadlocking.
 */
@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class PromiseChanges {

    private static final String RESOURCE = PromiseChanges.class.getName();

    private final RowBatch rows;
    private final JdbcTemplate jdbc;

    PromiseChanges(RowBatch rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PromiseEvent event) {
        rows.derive(RESOURCE, TreeSet::new, (Set<String> touched) -> touched.add(event.promiseId()), this::write);
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.execute("TRUNCATE promise_change");
    }

    /** The number read with a promise's figures: they stand until it moves; null before the promise's first event. */
    public Long changed(String promiseId) {
        return jdbc.query("SELECT changed FROM promise_change WHERE promise_id = ?",
                row -> row.next() ? row.getLong(1) : null, promiseId);
    }

    /**
     * The numbers of many promises in one query, for a roll-up of them or for the promises whose progress is watched
     * live; a promise without one is left out.
     */
    public Map<String, Long> changed(Collection<String> promiseIds) {
        Map<String, Long> changed = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT promise_id, changed FROM promise_change WHERE promise_id = ANY (?)");
            statement.setArray(1, connection.createArrayOf("varchar", promiseIds.toArray()));
            return statement;
        }, row -> {
            changed.put(row.getString(1), row.getLong(2));
        });
        return changed;
    }

    private RowBatch.Statement write(Set<String> touched) {
        return new RowBatch.Statement("""
                INSERT INTO promise_change (promise_id, changed)
                SELECT promise_id, nextval('promise_change_seq') FROM unnest(?::varchar[]) AS touched (promise_id)
                ORDER BY promise_id
                ON CONFLICT (promise_id) DO UPDATE SET changed = EXCLUDED.changed""",
                (Object) touched.toArray(String[]::new));
    }
}
