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
     * What the batch's new rows add, per tally, read from each report the batch named with its retraction: a new
     * report adds itself on the day it was recorded; a retraction takes its report away on its own day when either of
     * them is new (a new retraction of a report that is there, or a new report whose retraction was there before it:
     * an odd order of history). Rows written before tallies had {@code written_in} add nothing here.
     */
    private static final String ADD = """
            INSERT INTO report_tally AS t (promise_id, commitments, report_type, network, activity_kind, occurred_on,
                                           known_on, reports, quantity)
            SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, ''), coalesce(v.activity_kind, ''),
                   v.occurred_on, added.known_on, sum(added.reports), sum(added.quantity)
            FROM report_view v
            LEFT JOIN report_retraction x ON x.report_id = v.report_id
            CROSS JOIN LATERAL (VALUES
                ((v.recorded_at AT TIME ZONE 'UTC')::date, 1, v.quantity, v.written_in = txid_current()),
                ((x.recorded_at AT TIME ZONE 'UTC')::date, -1, -v.quantity,
                 x.report_id IS NOT NULL AND (v.written_in = txid_current() OR x.written_in = txid_current()))
            ) AS added (known_on, reports, quantity, adds)
            WHERE v.report_id = ANY (?::varchar[]) AND added.adds
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            ORDER BY 1, 2, 3, 4, 5, 6, 7
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

    /**
     * A report, or its retraction, added to the batch's rows: what it adds to the tallies is written when the batch
     * commits, if the batch's row of it is new.
     */
    void touched(String reportId) {
        rows.derive(RESOURCE, LinkedHashSet::new, (Set<String> named) -> named.add(reportId), this::write);
    }

    private RowBatch.Statement write(Set<String> reportIds) {
        if (!CurrentUnitOfWork.isStarted() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // Each statement would be a transaction of its own, and the new row could not be told from an old one.
            throw new IllegalStateException("a report is projected in a transaction, or its tally cannot be kept");
        }
        return new RowBatch.Statement(ADD, (Object) reportIds.toArray(String[]::new));
    }
}
