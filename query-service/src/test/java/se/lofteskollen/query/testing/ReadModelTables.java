package se.lofteskollen.query.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every read-model table of the query-service, row by row, for comparing two builds of them. */
public final class ReadModelTables {

    public static final Map<String, String> TABLES_AND_KEYS = new LinkedHashMap<>();

    static {
        TABLES_AND_KEYS.put("promise_view", "promise_id");
        TABLES_AND_KEYS.put("promise_area", "promise_id, code");
        TABLES_AND_KEYS.put("promise_party", "promise_id, code");
        TABLES_AND_KEYS.put("commitment_view", "commitment_id");
        TABLES_AND_KEYS.put("commitment_version", "event_id");
        TABLES_AND_KEYS.put("commitment_baseline", "event_id");
        TABLES_AND_KEYS.put("report_view", "report_id");
        TABLES_AND_KEYS.put("report_commitment", "report_id, commitment_id");
        TABLES_AND_KEYS.put("report_retraction", "report_id");
        TABLES_AND_KEYS.put("report_tally", "promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on");
        TABLES_AND_KEYS.put("milestone_view", "event_id");
        TABLES_AND_KEYS.put("status_note_view", "event_id");
        TABLES_AND_KEYS.put("audit_entry", "event_id");
        TABLES_AND_KEYS.put("audit_entry_commitment", "event_id, commitment_id");
        TABLES_AND_KEYS.put("place_visit", "visit_id");
    }

    private ReadModelTables() {
    }

    /** Each table as text rows in key order, without the transaction that wrote a row (another in each build). */
    public static Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        TABLES_AND_KEYS.forEach((table, key) -> tables.put(table,
                jdbc.queryForList("SELECT (to_jsonb(t) - 'written_in')::text FROM " + table + " t ORDER BY " + key,
                        String.class)));
        return tables;
    }
}
