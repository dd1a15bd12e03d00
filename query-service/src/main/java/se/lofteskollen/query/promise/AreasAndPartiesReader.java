package se.lofteskollen.query.promise;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseParty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the promises' own areas and parties ({@link AreasAndParties}) from the read model. */
@Component
public class AreasAndPartiesReader {

    private final JdbcTemplate jdbc;

    public AreasAndPartiesReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The promise's areas and parties; none when the promise is not in the read model. */
    public AreasAndParties of(String promiseId) {
        return new AreasAndParties(
                jdbc.query("SELECT code, name FROM promise_area WHERE promise_id = ? ORDER BY ordinal",
                        (row, i) -> new PriorityArea(row.getString("code"), row.getString("name")), promiseId),
                jdbc.query("SELECT code, name, organisation FROM promise_party WHERE promise_id = ? ORDER BY ordinal",
                        (row, i) -> new PromiseParty(row.getString("code"), row.getString("name"),
                                row.getString("organisation")), promiseId));
    }

    /** Every promise's areas and parties, by promise id: one query each, for a list of promises. */
    public Map<String, AreasAndParties> all() {
        Map<String, List<PriorityArea>> areas = new HashMap<>();
        jdbc.query("SELECT promise_id, code, name FROM promise_area ORDER BY promise_id, ordinal", row -> {
            areas.computeIfAbsent(row.getString("promise_id"), id -> new ArrayList<>())
                    .add(new PriorityArea(row.getString("code"), row.getString("name")));
        });
        Map<String, List<PromiseParty>> parties = new HashMap<>();
        jdbc.query("SELECT promise_id, code, name, organisation FROM promise_party ORDER BY promise_id, ordinal", row -> {
            parties.computeIfAbsent(row.getString("promise_id"), id -> new ArrayList<>())
                    .add(new PromiseParty(row.getString("code"), row.getString("name"), row.getString("organisation")));
        });
        Map<String, AreasAndParties> all = new HashMap<>();
        areas.keySet().forEach(id -> all.put(id, new AreasAndParties(areas.get(id), parties.get(id))));
        parties.keySet().forEach(id -> all.putIfAbsent(id, new AreasAndParties(List.of(), parties.get(id))));
        return all;
    }
}
