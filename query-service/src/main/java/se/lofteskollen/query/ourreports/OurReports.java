package se.lofteskollen.query.ourreports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.events.NameList;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.web.Search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The reports of a member's organisations, newest first, a page at a time: what "Mina rapporter" lists. A report's
 * organisations are those its author belonged to when reporting (the event's metadata), so a reporter sees their
 * colleagues' reports as well as their own, and keeps seeing them after a change of role.
 */
@Component
class OurReports {

    static final int PAGE = 50;

    /** One report as the list shows it. */
    record Line(String reportId, String promiseId, String what, LocalDate occurredOn, Instant recordedAt,
                List<String> commitmentCodes, String placeName, String reportedBy, Retraction retraction) {
    }

    /** A retraction: when, by whom, why. */
    record Retraction(Instant recordedAt, String by, String reason) {
    }

    /** One page of the list; {@code more} when a next page has reports. */
    record Page(List<Line> lines, int number, boolean more) {
    }

    private final JdbcTemplate jdbc;

    OurReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Page {@code number} (from 1) of the reports of {@code organisations}; {@code search} narrows them to those
     * whose place, area, notes, measures or commitment ids hold it (any case).
     */
    Page of(Set<String> organisations, String search, int number) {
        if (organisations.isEmpty()) {
            return new Page(List.of(), 1, false);
        }
        return page("string_to_array(r.organisation, ',') && ?::text[]", organisations.toArray(String[]::new), search, number);
    }

    /**
     * Page {@code number} (from 1) of every report of promise {@code promiseId}, whoever made it: what its readers
     * look through, and its coordinators pick one to retract from.
     */
    Page ofPromise(String promiseId, String search, int number) {
        return page("r.promise_id = ?", promiseId, search, number);
    }

    private Page page(String whose, Object who, String search, int number) {
        int page = Math.max(1, number);
        String like = search == null || search.isBlank() ? null : Search.containing(search.strip());
        List<Line> lines = jdbc.query("""
                        SELECT r.report_id, r.promise_id, r.report_type, r.network, r.activity_kind, r.quantity,
                               r.occurred_on, r.recorded_at, r.commitments, r.place_name, r.user_name,
                               x.recorded_at, x.user_name, x.reason
                        FROM report_view r
                        LEFT JOIN report_retraction x ON x.report_id = r.report_id
                        WHERE %s
                          AND (CAST(? AS TEXT) IS NULL
                               OR r.place_name ILIKE ? OR r.place_area ILIKE ? OR r.notes ILIKE ?
                               OR r.measures ILIKE ? OR r.commitments ILIKE ?)
                        ORDER BY r.position DESC
                        LIMIT ? OFFSET ?""".formatted(whose),
                (row, n) -> line(row),
                who, like, like, like, like, like, like, PAGE + 1,
                (long) (page - 1) * PAGE);
        boolean more = lines.size() > PAGE;
        return new Page(more ? lines.subList(0, PAGE) : lines, page, more);
    }

    private static Line line(ResultSet row) throws SQLException {
        String promiseId = row.getString(2);
        Instant retractedAt = row.getTimestamp(12) == null ? null : row.getTimestamp(12).toInstant();
        return new Line(row.getString(1), promiseId,
                MeasureNames.report(row.getString(3), row.getString(4), row.getString(5), row.getInt(6)), row.getObject(7, LocalDate.class),
                row.getTimestamp(8).toInstant(),
                NameList.split(row.getString(9)).stream().map(id -> CommitmentCodes.of(promiseId, id)).toList(),
                row.getString(10), row.getString(11),
                retractedAt == null ? null : new Retraction(retractedAt, row.getString(13), row.getString(14)));
    }
}
