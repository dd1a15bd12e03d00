package se.lofteskollen.query.readmodels;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rows of a processor batch are written with the batch's transaction, once, and are visible to the batch's own
 * queries after a flush. (The projections' results over whole event streams are in the feature tests and in
 * RebuildTest; this pins the mechanism down.)
 */
class RowBatchTest extends QueryServiceTest {

    private static final String INSERT_VISIT = """
            INSERT INTO place_visit (visit_id, promise_id, commitment_id, place_key, place_name, visited_on, recorded_at)
            VALUES (?, 'p', 'c', 'k', 'n', ?, now())
            ON CONFLICT (visit_id) DO NOTHING""";
    private static final String RETRACT_VISIT = """
            UPDATE place_visit SET retracted_at = now(), retraction_reason = ? WHERE visit_id = ? AND retracted_at IS NULL""";

    @Autowired
    RowBatch rows;
    @Autowired
    TransactionManager transactions;

    /** Runs the work as a processor runs a batch: in a unit of work with the database transaction attached. */
    private void inBatch(Runnable work) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.attachTransaction(transactions);
        batch.execute(work);
        if (batch.getExecutionResult() != null && batch.getExecutionResult().isExceptionResult()) {
            throw (RuntimeException) batch.getExecutionResult().getExceptionResult();
        }
    }

    private long visits(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM place_visit WHERE visit_id = ?", Long.class, id);
    }

    @Test
    void rowsAreWrittenWhenTheBatchCommitsNotWhenTheyAreAdded() {
        String id = id("visit");
        AtomicLong seenInsideBeforeCommit = new AtomicLong(-1);

        inBatch(() -> {
            rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
            seenInsideBeforeCommit.set(visits(id));
        });

        assertThat(seenInsideBeforeCommit).hasValue(0);
        assertThat(visits(id)).isOne();
    }

    @Test
    void aFlushMakesTheRowsVisibleToTheBatchsOwnQueries() {
        String id = id("visit");
        AtomicLong seenAfterFlush = new AtomicLong(-1);

        inBatch(() -> {
            rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
            rows.flush();
            seenAfterFlush.set(visits(id));
        });

        assertThat(seenAfterFlush).hasValue(1);
        assertThat(visits(id)).isOne();
    }

    @Test
    void aRowDeliveredTwiceIsWrittenOnceAndTheFirstStands() {
        String id = id("visit");

        inBatch(() -> {
            rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
            rows.add(INSERT_VISIT, id, LocalDate.of(2025, 9, 9));
        });
        inBatch(() -> rows.add(INSERT_VISIT, id, LocalDate.of(2025, 12, 12)));

        assertThat(jdbc.queryForObject("SELECT visited_on FROM place_visit WHERE visit_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void aBatchThatFailsWritesNoneOfItsRows() {
        String id = id("visit");

        assertThatThrownBy(() -> inBatch(() -> {
            rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
            rows.flush();
            throw new IllegalStateException("a later handler failed");
        })).hasMessage("a later handler failed");

        assertThat(visits(id)).isZero();
    }

    @Test
    void outsideABatchARowIsWrittenAtOnce() {
        String id = id("visit");

        rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));

        assertThat(visits(id)).isOne();
    }

    @Test
    void aChangeIsWrittenAfterTheBatchsNewRowsSoItFindsARowAddedAfterAnotherChange() {
        String earlier = id("earlier");
        String later = id("later");
        rows.add(INSERT_VISIT, earlier, LocalDate.of(2025, 3, 3));

        inBatch(() -> {
            rows.change(RETRACT_VISIT, "first", earlier);
            rows.add(INSERT_VISIT, later, LocalDate.of(2025, 3, 4));
            rows.change(RETRACT_VISIT, "second", later);
        });

        assertThat(jdbc.queryForList("SELECT retraction_reason FROM place_visit WHERE visit_id IN (?, ?) ORDER BY visit_id",
                String.class, earlier, later)).containsExactly("first", "second");
    }

    @Test
    void aStatementOfTheOtherKindIsRefusedRatherThanWrittenOutOfItsPlace() {
        assertThatThrownBy(() -> inBatch(() -> rows.add(RETRACT_VISIT, "reason", id("visit"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.change(INSERT_VISIT, id("visit"), LocalDate.of(2025, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatIsDerivedFromABatchsRowsIsWrittenOnceAfterThemWhenTheBatchCommits() {
        String first = id("first");
        String second = id("second");
        List<List<Long>> written = new ArrayList<>();
        AtomicLong writtenBeforeCommit = new AtomicLong(-1);

        inBatch(() -> {
            for (String id : List.of(first, second)) {
                rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
                rows.derive("visits seen", ArrayList<String>::new, ids -> ids.add(id),
                        ids -> written.add(ids.stream().map(this::visits).toList()));
            }
            writtenBeforeCommit.set(written.size());
        });

        assertThat(writtenBeforeCommit).hasValue(0);
        assertThat(written).as("once, seeing both rows").containsExactly(List.of(1L, 1L));
    }
}
