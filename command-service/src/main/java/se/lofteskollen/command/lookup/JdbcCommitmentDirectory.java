package se.lofteskollen.command.lookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Party;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory in the command-service's lookup tables. It reads through the command's own
 * transaction, so a command sees everything committed before it.
 */
@Component
class JdbcCommitmentDirectory implements CommitmentDirectory {

    private final JdbcTemplate jdbc;

    JdbcCommitmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PromiseEntry> promise(String promiseId) {
        return jdbc.query("SELECT promise_id, year, closed FROM promise_lookup WHERE promise_id = ?",
                (row, n) -> new PromiseEntry(row.getString(1), row.getInt(2), row.getBoolean(3)), promiseId)
                .stream().findFirst();
    }

    @Override
    public Map<String, CommitmentEntry> commitments(Collection<String> commitmentIds) {
        Map<String, CommitmentEntry> found = new LinkedHashMap<>();
        if (commitmentIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT c.commitment_id, c.code, c.responsible, c.withdrawn, p.promise_id, p.year, p.closed
                    FROM commitment_lookup c JOIN promise_lookup p ON p.promise_id = c.promise_id
                    WHERE c.commitment_id = ANY (?)""");
            statement.setArray(1, connection.createArrayOf("varchar", commitmentIds.toArray()));
            return statement;
        }, row -> {
            PromiseEntry promise = new PromiseEntry(row.getString(5), row.getInt(6), row.getBoolean(7));
            found.put(row.getString(1), new CommitmentEntry(row.getString(1), promise, row.getString(2),
                    parties(row.getString(3)), row.getBoolean(4)));
        });
        return found;
    }

    @Override
    public Optional<String> commitmentWithCode(String promiseId, String code) {
        return jdbc.queryForList("SELECT commitment_id FROM commitment_lookup WHERE promise_id = ? AND code = ?",
                String.class, promiseId, code).stream().findFirst();
    }

    @Override
    public Optional<ReportEntry> report(String reportId) {
        return jdbc.query("SELECT report_id, organisation FROM report_lookup WHERE report_id = ?",
                (row, n) -> new ReportEntry(row.getString(1), parties(row.getString(2))), reportId).stream().findFirst();
    }

    static String column(Set<Party> parties) {
        return parties.stream().map(Party::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Party> parties(String column) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (column == null) {
            return parties;
        }
        Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(Party::valueOf).forEach(parties::add);
        return parties;
    }
}
