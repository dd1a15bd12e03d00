package se.lofteskollen.query.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.ReportType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports progress is judged on, summed in the database per commitment set, measure and day: a promise with a
 * million reports gives the rules a few thousand facts, not a million rows to load. Only reports known at
 * {@code knownAt} and not retracted by then are summed, so the rules see exactly what they would have counted one
 * by one. Each sum stands for the reports of one set of commitments: it keeps one id wherever it appears, and a
 * headline over several commitments (a Tistel meeting for 1.1 and 5.2) counts it once.
 */
@Component
class ReportTallies {

    private static final String SUMS = """
            SELECT r.commitments, r.report_type, r.network, r.activity_kind, r.occurred_on,
                   sum(r.quantity) AS quantity, max(r.recorded_at) AS recorded_at
            FROM report_view r
            WHERE %s
              AND r.recorded_at <= ?
              AND NOT EXISTS (SELECT 1 FROM report_retraction x WHERE x.report_id = r.report_id AND x.recorded_at <= ?)
            GROUP BY r.commitments, r.report_type, r.network, r.activity_kind, r.occurred_on""";

    private final JdbcTemplate jdbc;

    ReportTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of every commitment of the promise, by commitment id. */
    Map<String, List<CommitmentFacts.Report>> ofPromise(String promiseId, Instant knownAt) {
        Map<String, List<CommitmentFacts.Report>> byCommitment = new HashMap<>();
        jdbc.query(SUMS.formatted("r.promise_id = ?"), (RowCallbackHandler) row -> {
            CommitmentFacts.Report sum = sum(row);
            for (String commitmentId : row.getString("commitments").split(",")) {
                byCommitment.computeIfAbsent(commitmentId, id -> new ArrayList<>()).add(sum);
            }
        }, promiseId, knownAt.atOffset(ZoneOffset.UTC), knownAt.atOffset(ZoneOffset.UTC));
        return byCommitment;
    }

    /** The sums of the reports serving one commitment. */
    List<CommitmentFacts.Report> ofCommitment(String commitmentId, Instant knownAt) {
        return jdbc.query(SUMS.formatted(
                        "r.report_id IN (SELECT c.report_id FROM report_commitment c WHERE c.commitment_id = ?)"),
                (row, n) -> sum(row), commitmentId, knownAt.atOffset(ZoneOffset.UTC), knownAt.atOffset(ZoneOffset.UTC));
    }

    private static CommitmentFacts.Report sum(ResultSet row) throws SQLException {
        String network = row.getString("network");
        String kind = row.getString("activity_kind");
        Measure measure = new Measure(ReportType.valueOf(row.getString("report_type")),
                network == null ? null : Network.valueOf(network), kind == null ? null : ActivityKind.valueOf(kind));
        String id = String.join("|", row.getString("commitments"), row.getString("report_type"), String.valueOf(network),
                String.valueOf(kind), row.getString("occurred_on"));
        return new CommitmentFacts.Report(id, measure, Math.toIntExact(row.getLong("quantity")),
                row.getObject("occurred_on", java.time.LocalDate.class),
                row.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(), null);
    }
}
