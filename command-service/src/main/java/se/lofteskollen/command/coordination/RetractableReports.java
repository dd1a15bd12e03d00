package se.lofteskollen.command.coordination;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A promise's newest reports not retracted, for the coordinator to pick one to retract. The command side keeps no
 * table of reports (a report costs no row besides its event), so they are read from the event log itself: the first
 * event of each report names its promise, and a retraction is the report's second event. Only the newest part of
 * the log is read, so that the page stays quick however long the log grows; an older report is retracted by its id.
 */
@Component
class RetractableReports {

    /** How many of the log's newest events are looked through. */
    static final int EVENTS_READ = 20_000;
    /** How many reports the list offers. */
    static final int SHOWN = 50;

    /** A report to offer: its id, and what it was in words. */
    record Choice(String reportId, String label) {
    }

    private final JdbcTemplate jdbc;
    private final CommitmentFormWords words;

    RetractableReports(JdbcTemplate jdbc, CommitmentFormWords words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    /** {@code codes}: each commitment's code by its id, to name them as people know them. */
    List<Choice> of(String promiseId, Map<String, String> codes) {
        return jdbc.query("""
                        SELECT r.aggregate_identifier, r.payload_type, r.by_name,
                               COALESCE(r.p ->> 'heldOn', r.p ->> 'visitedOn', r.p ->> 'occurredOn'),
                               r.p ->> 'network', r.p ->> 'kind', r.p ->> 'count', r.p -> 'place' ->> 'name',
                               (SELECT string_agg(id, ',') FROM jsonb_array_elements_text(
                                   COALESCE(r.p -> 'commitmentIds', jsonb_build_array(r.p -> 'commitmentId'))) id)
                        FROM (SELECT e.global_index, e.aggregate_identifier, e.payload_type,
                                     convert_from(e.payload, 'UTF8')::jsonb AS p,
                                     convert_from(e.meta_data, 'UTF8')::jsonb ->> 'userName' AS by_name
                              FROM domain_event_entry e
                              WHERE e.global_index > (SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry) - ?
                                AND e.sequence_number = 0 AND e.payload_type IN (?, ?, ?)) r
                        WHERE r.p ->> 'promiseId' = ?
                          AND NOT EXISTS (SELECT 1 FROM domain_event_entry retraction
                                          WHERE retraction.aggregate_identifier = r.aggregate_identifier
                                            AND retraction.sequence_number = 1)
                        ORDER BY r.global_index DESC
                        LIMIT ?""",
                (row, n) -> new Choice(row.getString(1), label(row, codes)),
                EVENTS_READ, MeetingRecorded.class.getName(), PlaceVisitReported.class.getName(),
                ActivityReported.class.getName(), promiseId, SHOWN);
    }

    /** "2025-06-12 · Platsbesök: Stora torget · 6.2 · Kommunpolisen". */
    private String label(ResultSet row, Map<String, String> codes) throws SQLException {
        String type = row.getString(2);
        String what;
        if (type.equals(MeetingRecorded.class.getName())) {
            what = words.say("coordination.report.MEETING." + Network.valueOf(row.getString(5)).name());
        } else if (type.equals(PlaceVisitReported.class.getName())) {
            what = words.say("coordination.report.PLACE_VISIT", row.getString(8));
        } else {
            String count = row.getString(7);
            String kind = words.say("coordination.report.ACTIVITY." + ActivityKind.valueOf(row.getString(6)).name());
            what = count == null || count.equals("1") ? kind : words.say("coordination.report.times", kind, count);
        }
        String commitments = NameList.split(row.getString(9)).stream().map(id -> codes.getOrDefault(id, id))
                .collect(Collectors.joining(", "));
        String by = row.getString(3);
        return row.getString(4) + " · " + what + " · " + commitments + (by == null ? "" : " · " + by);
    }
}
