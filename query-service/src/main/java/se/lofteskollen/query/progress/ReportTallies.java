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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports progress is judged on, summed in the database per commitment set, measure and day: a promise with a
 * million reports gives the rules a few thousand facts, not a million rows to load. Each sum stands for the reports
 * of one set of commitments: it keeps one id wherever it appears, and a headline over several commitments (a Tistel
 * meeting for 1.1 and 5.2) counts it once.
 *
 * <p>Asked about today's knowledge ({@code knownAt} null), it reads the sums the database keeps as reports and
 * retractions arrive (report_sum, V6). Asked about a past {@code knownAt}, it sums the reports known by then and not
 * retracted by then, so the rules see exactly what they would have counted one by one.
 */
@Component
class ReportTallies {

    private static final String SUMS_KNOWN_AT = """
            SELECT r.commitments, r.report_type, r.network, r.activity_kind, r.occurred_on,
                   sum(r.quantity) AS quantity, max(r.recorded_at) AS recorded_at
            FROM report_view r
            WHERE %s
              AND r.recorded_at <= ?
              AND NOT EXISTS (SELECT 1 FROM report_retraction x WHERE x.report_id = r.report_id AND x.recorded_at <= ?)
            GROUP BY r.commitments, r.report_type, r.network, r.activity_kind, r.occurred_on""";

    private static final String SUMS_NOW = """
            SELECT commitments, report_type, nullif(network, '') AS network, nullif(activity_kind, '') AS activity_kind,
                   occurred_on, quantity, last_recorded_at AS recorded_at
            FROM report_sum
            WHERE %s AND quantity <> 0""";

    private final JdbcTemplate jdbc;

    ReportTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of every commitment of the promise, by commitment id; {@code knownAt} null for now. */
    Map<String, List<CommitmentFacts.Report>> ofPromise(String promiseId, Instant knownAt) {
        Map<String, List<CommitmentFacts.Report>> byCommitment = new HashMap<>();
        RowCallbackHandler collect = row -> {
            CommitmentFacts.Report sum = sum(row, knownAt);
            for (String commitmentId : row.getString("commitments").split(",")) {
                byCommitment.computeIfAbsent(commitmentId, id -> new ArrayList<>()).add(sum);
            }
        };
        if (knownAt == null) {
            jdbc.query(SUMS_NOW.formatted("promise_id = ?"), collect, promiseId);
        } else {
            jdbc.query(SUMS_KNOWN_AT.formatted("r.promise_id = ?"), collect, promiseId, utc(knownAt), utc(knownAt));
        }
        return byCommitment;
    }

    /** The sums of the reports serving one commitment; {@code knownAt} null for now. */
    List<CommitmentFacts.Report> ofCommitment(String commitmentId, Instant knownAt) {
        if (knownAt == null) {
            return jdbc.query(SUMS_NOW.formatted("? = ANY (string_to_array(commitments, ','))"),
                    (row, n) -> sum(row, null), commitmentId);
        }
        return jdbc.query(SUMS_KNOWN_AT.formatted(
                        "r.report_id IN (SELECT c.report_id FROM report_commitment c WHERE c.commitment_id = ?)"),
                (row, n) -> sum(row, knownAt), commitmentId, utc(knownAt), utc(knownAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static CommitmentFacts.Report sum(ResultSet row, Instant knownAt) throws SQLException {
        String network = row.getString("network");
        String kind = row.getString("activity_kind");
        Measure measure = new Measure(ReportType.valueOf(row.getString("report_type")),
                network == null ? null : Network.valueOf(network), kind == null ? null : ActivityKind.valueOf(kind));
        String id = String.join("|", row.getString("commitments"), row.getString("report_type"), String.valueOf(network),
                String.valueOf(kind), row.getString("occurred_on"));
        // What is in the read model is known now, even if the command-service's clock ran ahead of this one's.
        Instant recordedAt = knownAt == null ? Instant.EPOCH : row.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new CommitmentFacts.Report(id, measure, Math.toIntExact(row.getLong("quantity")),
                row.getObject("occurred_on", LocalDate.class), recordedAt, null);
    }
}
