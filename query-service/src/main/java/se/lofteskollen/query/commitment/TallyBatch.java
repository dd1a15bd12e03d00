package se.lofteskollen.query.commitment;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lofteskollen.query.readmodels.RowBatch;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps report_tally: what the reports and retractions of one processor batch add to it, as one upsert when the batch
 * commits, in the batch's transaction (with its token). The tallies only sum; what counts toward a target is decided
 * by progress/ProgressRules.
 *
 * <p>The set-based part of {@link RowBatch} for the tallies: the batch's rows are written by RowBatch, and this writer,
 * fed through {@link RowBatch#derive}, works out what they add once they are all written, before the token commits.
 * It tallies the rows the batch actually inserted, found by the transaction that wrote them (report_view and
 * report_retraction's {@code written_in}): an event delivered again finds its row there and adds nothing, and the rows
 * of an event taken back to its savepoint (parked) are gone. The deltas are summed per tally in Java, since one
 * multi-row upsert cannot touch a row twice, and written in key order, so that two batches adding to the same
 * tallies wait for each other instead of deadlocking.
 */
@Component
public class TallyBatch {

    private static final String RESOURCE = TallyBatch.class.getName();

    /** The reports of the batch that it inserted, with the retraction of each that was there before them. */
    private static final String NEW_REPORTS = """
            SELECT v.promise_id, v.commitments, v.report_type, v.network, v.activity_kind, v.occurred_on, v.quantity,
                   v.recorded_at, x.recorded_at AS retracted_at
            FROM report_view v
            LEFT JOIN report_retraction x ON x.report_id = v.report_id AND x.written_in IS DISTINCT FROM txid_current()
            WHERE v.report_id = ANY (?) AND v.written_in = txid_current()""";

    /** The retractions of the batch that it inserted, of reports that are there. */
    private static final String NEW_RETRACTIONS = """
            SELECT v.promise_id, v.commitments, v.report_type, v.network, v.activity_kind, v.occurred_on, v.quantity,
                   x.recorded_at
            FROM report_retraction x
            JOIN report_view v ON v.report_id = x.report_id
            WHERE x.report_id = ANY (?) AND x.written_in = txid_current()""";

    private static final String ADD = """
            INSERT INTO report_tally AS t (promise_id, commitments, report_type, network, activity_kind, occurred_on,
                                           known_on, reports, quantity)
            SELECT * FROM unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[],
                                 ?::bigint[], ?::bigint[])
            ON CONFLICT (promise_id, md5(commitments), report_type, network, activity_kind, occurred_on, known_on)
                DO UPDATE SET reports = t.reports + excluded.reports, quantity = t.quantity + excluded.quantity""";

    private final RowBatch rows;
    private final JdbcTemplate jdbc;

    public TallyBatch(RowBatch rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** The day a report or retraction recorded at this instant adds to: its day in UTC. */
    public static LocalDate knownOn(Instant recordedAt) {
        return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
    }

    /** A tally's key: the reports of one commitment set and measure that happened on one day, known on one day. */
    record Key(String promiseId, String commitments, String reportType, String network, String activityKind,
               LocalDate occurredOn, LocalDate knownOn) {

        static final Comparator<Key> ORDER = Comparator.comparing(Key::promiseId).thenComparing(Key::commitments)
                .thenComparing(Key::reportType).thenComparing(Key::network).thenComparing(Key::activityKind)
                .thenComparing(Key::occurredOn).thenComparing(Key::knownOn);
    }

    /** What one tally gains (or loses) in a batch. */
    record Delta(long reports, long quantity) {
        Delta plus(Delta other) {
            return new Delta(reports + other.reports, quantity + other.quantity);
        }
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

    private void write(Candidates candidates) {
        if (!CurrentUnitOfWork.isStarted() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // Each statement would be a transaction of its own, and the new row could not be told from an old one.
            throw new IllegalStateException("a report is projected in a transaction, or its tally cannot be kept");
        }
        Map<Key, Delta> deltas = new TreeMap<>(Key.ORDER);
        if (!candidates.reports().isEmpty()) {
            jdbc.query(connection -> statement(connection, NEW_REPORTS, candidates.reports()), row -> {
                Instant retractedAt = instant(row.getObject("retracted_at", OffsetDateTime.class));
                int quantity = row.getInt("quantity");
                add(deltas, row, instant(row.getObject("recorded_at", OffsetDateTime.class)), new Delta(1, quantity));
                if (retractedAt != null) {
                    // Its retraction came first (an odd order of history): it takes the report away on its own day.
                    add(deltas, row, retractedAt, new Delta(-1, -quantity));
                }
            });
        }
        if (!candidates.retractions().isEmpty()) {
            jdbc.query(connection -> statement(connection, NEW_RETRACTIONS, candidates.retractions()), row -> {
                add(deltas, row, instant(row.getObject("recorded_at", OffsetDateTime.class)),
                        new Delta(-1, -row.getInt("quantity")));
            });
        }
        if (!deltas.isEmpty()) {
            jdbc.update(connection -> upsert(connection, deltas));
        }
    }

    private static void add(Map<Key, Delta> deltas, ResultSet row, Instant knownAt, Delta delta)
            throws SQLException {
        String network = row.getString("network");
        String kind = row.getString("activity_kind");
        Key key = new Key(row.getString("promise_id"), row.getString("commitments"), row.getString("report_type"),
                network == null ? "" : network, kind == null ? "" : kind, row.getObject("occurred_on", LocalDate.class),
                knownOn(knownAt));
        deltas.merge(key, delta, Delta::plus);
    }

    private static PreparedStatement statement(Connection connection, String sql, Set<String> reportIds)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("varchar", reportIds.toArray()));
        return statement;
    }

    private static PreparedStatement upsert(Connection connection, Map<Key, Delta> deltas) throws SQLException {
        List<Map.Entry<Key, Delta>> entries = List.copyOf(deltas.entrySet());
        int size = entries.size();
        Object[][] columns = new Object[9][size];
        for (int i = 0; i < size; i++) {
            Key key = entries.get(i).getKey();
            Delta delta = entries.get(i).getValue();
            columns[0][i] = key.promiseId();
            columns[1][i] = key.commitments();
            columns[2][i] = key.reportType();
            columns[3][i] = key.network();
            columns[4][i] = key.activityKind();
            columns[5][i] = key.occurredOn().toString();
            columns[6][i] = key.knownOn().toString();
            columns[7][i] = delta.reports();
            columns[8][i] = delta.quantity();
        }
        String[] types = {"varchar", "text", "varchar", "varchar", "varchar", "date", "date", "int8", "int8"};
        PreparedStatement statement = connection.prepareStatement(ADD);
        for (int column = 0; column < types.length; column++) {
            Array array = connection.createArrayOf(types[column], columns[column]);
            statement.setArray(column + 1, array);
        }
        return statement;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
