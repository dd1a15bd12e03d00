package se.lofteskollen.query.commitment;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps report_tally: what the reports and retractions of one processor batch add to it, as one upsert when the batch
 * commits, in the batch's transaction (with its token). The tallies only sum; what counts toward a target is decided
 * by progress/ProgressRules.
 *
 * <p>The set-based part of {@link RowBatch} for the tallies: the batch's rows are written by RowBatch, and this
 * writer, fed through {@link RowBatch#derive}, is the one statement after them that works out what they add, sent
 * with them. It tallies the rows the batch actually inserted, found by the transaction that wrote them (report_view and
 * report_retraction's {@code written_in}): an event delivered again finds its row there and adds nothing, and the rows
 * of an event taken back to its savepoint (parked) are gone. The additions are summed per tally before the upsert,
 * since one upsert cannot touch a row twice, and written in key order, so that two batches adding to the same tallies
 * wait for each other instead of deadlocking.
 */
@Component
public class TallyBatch {

    private static final String RESOURCE = TallyBatch.class.getName();

    /**
     * What the batch's new rows add, per tally: each new report on the day it was recorded, a new report whose
     * retraction was there before it taken away again on the retraction's day (an odd order of history), and each
     * new retraction of a report that is there taken away on its own day.
     */
    private static final String ADD = """
            INSERT INTO report_tally AS t (promise_id, commitments, report_type, network, activity_kind, occurred_on,
                                           known_on, reports, quantity)
            SELECT promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on, sum(reports),
                   sum(quantity)
            FROM (SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, '') AS network,
                         coalesce(v.activity_kind, '') AS activity_kind, v.occurred_on,
                         (v.recorded_at AT TIME ZONE 'UTC')::date AS known_on, 1 AS reports, v.quantity
                  FROM report_view v
                  WHERE v.report_id = ANY (?::varchar[]) AND v.written_in = txid_current()
                  UNION ALL
                  SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, ''),
                         coalesce(v.activity_kind, ''), v.occurred_on, (x.recorded_at AT TIME ZONE 'UTC')::date, -1,
                         -v.quantity
                  FROM report_view v
                  JOIN report_retraction x ON x.report_id = v.report_id AND x.written_in IS DISTINCT FROM txid_current()
                  WHERE v.report_id = ANY (?::varchar[]) AND v.written_in = txid_current()
                  UNION ALL
                  SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, ''),
                         coalesce(v.activity_kind, ''), v.occurred_on, (x.recorded_at AT TIME ZONE 'UTC')::date, -1,
                         -v.quantity
                  FROM report_retraction x
                  JOIN report_view v ON v.report_id = x.report_id
                  WHERE x.report_id = ANY (?::varchar[]) AND x.written_in = txid_current()) added
            GROUP BY promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on
            ORDER BY promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on
            ON CONFLICT (promise_id, md5(commitments), report_type, network, activity_kind, occurred_on, known_on)
                DO UPDATE SET reports = t.reports + excluded.reports, quantity = t.quantity + excluded.quantity""";

    private final RowBatch rows;

    public TallyBatch(RowBatch rows) {
        this.rows = rows;
    }

    /** The day a report or retraction recorded at this instant adds to: its day in UTC. */
    public static LocalDate knownOn(Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    /** Candidates of one batch: the reports and retractions its events named. */
    private record Candidates(Set<String> reports, Set<String> retractions) {
        static Candidates none() {
            return new Candidates(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    /** A report added to the batch's rows; tallied when the batch commits if its row is new. */
    void report(String reportId) {
        rows.derive(RESOURCE, Candidates::none, candidates -> candidates.reports().add(reportId), this::write);
    }

    /** A retraction added to the batch's rows; tallied when the batch commits if its row is new. */
    void retraction(String reportId) {
        rows.derive(RESOURCE, Candidates::none, candidates -> candidates.retractions().add(reportId), this::write);
    }

    private RowBatch.Statement write(Candidates candidates) {
        if (!CurrentUnitOfWork.isStarted() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // Each statement would be a transaction of its own, and the new row could not be told from an old one.
            throw new IllegalStateException("a report is projected in a transaction, or its tally cannot be kept");
        }
        if (candidates.reports().isEmpty() && candidates.retractions().isEmpty()) {
            return null;
        }
        String[] reports = candidates.reports().toArray(String[]::new);
        return new RowBatch.Statement(ADD, reports, reports, candidates.retractions().toArray(String[]::new));
    }
}
