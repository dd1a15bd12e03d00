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
import java.util.Collections;
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

    /** Marks the visits it is given with how many of them it found, appending to what their reason was. */
    private static RowBatch.Statement countSeen(List<String> ids) {
        String[] visits = ids.toArray(String[]::new);
        return new RowBatch.Statement("""
                UPDATE place_visit SET retraction_reason = coalesce(retraction_reason, '')
                                           || (SELECT count(*) FROM place_visit WHERE visit_id = ANY (?::varchar[]))
                WHERE visit_id = ANY (?::varchar[])""", visits, visits);
    }

    private List<String> reasons(String... ids) {
        return jdbc.queryForList("SELECT coalesce(retraction_reason, '-') FROM place_visit WHERE visit_id IN ("
                + String.join(",", Collections.nCopies(ids.length, "?")) + ") ORDER BY visit_id",
                String.class, (Object[]) ids);
    }

    @Test
    void whatIsDerivedFromABatchsRowsIsWrittenOnceAfterThemWhenTheBatchCommits() {
        String first = id("first");
        String second = id("second");
        List<String> seenBeforeCommit = new ArrayList<>();

        inBatch(() -> {
            for (String id : List.of(first, second)) {
                rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
                rows.derive("visits seen", ArrayList<String>::new, ids -> ids.add(id), RowBatchTest::countSeen);
            }
            seenBeforeCommit.addAll(reasons(first, second));
        });

        assertThat(seenBeforeCommit).as("nothing before the commit").isEmpty();
        assertThat(reasons(first, second)).as("once, seeing both rows").containsExactly("2", "2");
    }

    @Test
    void aBatchLargerThanOneRoundTripCarriesIsWrittenTheSame() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(id("many-" + i));
        }

        inBatch(() -> {
            for (String id : ids) {
                rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));
                rows.change(RETRACT_VISIT, "retracted", id);
                rows.derive("visits seen", ArrayList<String>::new, seen -> seen.add(id), RowBatchTest::countSeen);
            }
        });

        assertThat(reasons(ids.toArray(String[]::new))).hasSize(100).containsOnly("retracted100");
    }

    @Test
    void aStatementPostgresqlRefusesFailsTheWholeSmallBatchAndNoneOfItsRowsIsWritten() {
        String good = id("good");
        String refused = id("refused");

        assertThatThrownBy(() -> inBatch(() -> {
            rows.add(INSERT_VISIT, good, LocalDate.of(2025, 3, 3));
            rows.add(INSERT_VISIT.replace("'p'", "?"), refused, "x".repeat(500), LocalDate.of(2025, 3, 3));
            rows.derive("visits seen", ArrayList<String>::new, seen -> seen.add(good), RowBatchTest::countSeen);
        })).hasMessageContaining("value too long");

        assertThat(visits(good)).isZero();
        assertThat(visits(refused)).isZero();
    }

    @Test
    void outsideABatchWhatIsDerivedIsWrittenAtOnce() {
        String id = id("visit");
        rows.add(INSERT_VISIT, id, LocalDate.of(2025, 3, 3));

        rows.derive("visits seen", ArrayList<String>::new, seen -> seen.add(id), RowBatchTest::countSeen);

        assertThat(reasons(id)).containsExactly("1");
    }
}
