package se.lofteskollen.query.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.query.commitment.TallyBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tallies progress is judged on, read from report_tally (kept by the report projection): a promise with a million
 * reports gives the rules a few thousand tallies, and no request reads reports one by one for today's figures. Each
 * tally stands for reports of one commitment set: it is handed to every commitment of the set, with one key, so that a
 * headline over several of them (a Tistel meeting for 1.1 and 5.2) takes it once.
 *
 * <p>Only data is chosen here; {@link ProgressRules} decides what counts. Today's knowledge ({@code knownAt} null) is
 * every known day of the tallies, summed per key. A past {@code knownAt} is exact: the tallies of the days (UTC) before
 * its own, all recorded before that day began, plus the reports and retractions recorded on its day itself, each with
 * the instant it was recorded, for the rules to cut at knownAt.
 */
@Component
class ReportTallies {

    private static final String COLUMNS = "commitments, report_type, network, activity_kind, occurred_on";

    /** Every known day of each key, or (with known_on &lt; day) those before a day. */
    private static final String WHOLE_DAYS = """
            SELECT %1$s, sum(reports) AS reports, sum(quantity) AS quantity
            FROM report_tally
            WHERE promise_id = ? %2$s
            GROUP BY %1$s""";

    /**
     * The reports and retractions recorded on one day, each as a tally of its own instant. Reports are looked for
     * only on the days they happened that have a tally known that day (report_view's index by promise and day).
     */
    private static final String ONE_DAY = """
            SELECT %1$s, recorded_at, sum(reports) AS reports, sum(quantity) AS quantity
            FROM (SELECT commitments, report_type, coalesce(network, '') AS network,
                         coalesce(activity_kind, '') AS activity_kind, occurred_on, recorded_at, 1 AS reports, quantity
                  FROM report_view
                  WHERE promise_id = ? AND recorded_at >= ? AND recorded_at < ?
                    AND occurred_on IN (SELECT t.occurred_on FROM report_tally t WHERE t.promise_id = ? AND t.known_on = ?)
                  UNION ALL
                  SELECT v.commitments, v.report_type, coalesce(v.network, ''), coalesce(v.activity_kind, ''),
                         v.occurred_on, x.recorded_at, -1, -v.quantity
                  FROM report_retraction x
                  JOIN report_view v ON v.report_id = x.report_id
                  WHERE x.promise_id = ? AND x.recorded_at >= ? AND x.recorded_at < ?) known
            WHERE true %2$s
            GROUP BY %1$s, recorded_at""";

    private static final String OF_COMMITMENT = "AND ? = ANY (string_to_array(commitments, ','))";

    private final JdbcTemplate jdbc;

    ReportTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tallies of every commitment of the promise, by commitment id; {@code knownAt} null for now. */
    Map<String, List<CommitmentFacts.Tally>> ofPromise(String promiseId, Instant knownAt) {
        Map<String, List<CommitmentFacts.Tally>> byCommitment = new HashMap<>();
        read(promiseId, null, knownAt, (commitments, tally) -> {
            for (String commitmentId : commitments.split(",")) {
                byCommitment.computeIfAbsent(commitmentId, id -> new ArrayList<>()).add(tally);
            }
        });
        return byCommitment;
    }

    /** The tallies of the reports serving one commitment of the promise; {@code knownAt} null for now. */
    List<CommitmentFacts.Tally> ofCommitment(String promiseId, String commitmentId, Instant knownAt) {
        List<CommitmentFacts.Tally> tallies = new ArrayList<>();
        read(promiseId, commitmentId, knownAt, (commitments, tally) -> tallies.add(tally));
        return tallies;
    }

    private interface Sink {
        void take(String commitments, CommitmentFacts.Tally tally);
    }

    private void read(String promiseId, String commitmentId, Instant knownAt, Sink sink) {
        String ofCommitment = commitmentId == null ? "" : OF_COMMITMENT;
        if (knownAt == null) {
            // What is in the read model is known now, even if the command-service's clock ran ahead of this one's.
            query(WHOLE_DAYS.formatted(COLUMNS, ofCommitment), row -> Instant.EPOCH, sink,
                    arguments(commitmentId, promiseId));
            return;
        }
        LocalDate day = TallyBatch.knownOn(knownAt);
        OffsetDateTime dayBegins = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime dayEnds = dayBegins.plusDays(1);
        // Everything in the tallies of earlier days was recorded before this day began.
        query(WHOLE_DAYS.formatted(COLUMNS, "AND known_on < ? " + ofCommitment), row -> dayBegins.toInstant(), sink,
                arguments(commitmentId, promiseId, day));
        query(ONE_DAY.formatted(COLUMNS, ofCommitment),
                row -> row.getObject("recorded_at", OffsetDateTime.class).toInstant(), sink,
                arguments(commitmentId, promiseId, dayBegins, dayEnds, promiseId, day, promiseId, dayBegins, dayEnds));
    }

    private static Object[] arguments(String commitmentId, Object... arguments) {
        List<Object> all = new ArrayList<>(List.of(arguments));
        if (commitmentId != null) {
            all.add(commitmentId);
        }
        return all.toArray();
    }

    private interface RecordedAt {
        Instant of(ResultSet row) throws SQLException;
    }

    private void query(String sql, RecordedAt recordedAt, Sink sink, Object[] arguments) {
        RowCallbackHandler collect = row -> {
            String network = row.getString("network");
            String kind = row.getString("activity_kind");
            Measure measure = new Measure(ReportType.valueOf(row.getString("report_type")),
                    network.isEmpty() ? null : Network.valueOf(network), kind.isEmpty() ? null : ActivityKind.valueOf(kind));
            String commitments = row.getString("commitments");
            String key = String.join("|", commitments, row.getString("report_type"), network, kind,
                    row.getString("occurred_on"));
            sink.take(commitments, new CommitmentFacts.Tally(key, measure, row.getObject("occurred_on", LocalDate.class),
                    recordedAt.of(row), Math.toIntExact(row.getLong("reports")), Math.toIntExact(row.getLong("quantity"))));
        };
        jdbc.query(sql, collect, arguments);
    }
}
