package se.lofteskollen.command.reportform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.events.NameList;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commitments a user may pick in the report form: those of open promises that are not withdrawn and that
 * a party acted by the user's organisation answers for (a joint one for any of them); a coordinator picks any of the
 * promises their organisations act in.
 */
@Component
class ReportableCommitments {

    /**
     * @param text the commitment's wording; null only for a commitment the form's table has not seen
     */
    /**
     * @param answering    the organisations acting as the parties that answer for the commitment: their reporters
     *                     report on it
     * @param coordinating the organisations acting in its promise: their coordinators report on it
     */
    record Choice(String commitmentId, String promiseId, int year, String code, Set<String> answering,
                  Set<String> coordinating, Area priorityArea, String text) {
    }

    /** A priority area as its promise defines it; {@code ordinal} is its place in the promise's list. */
    record Area(String code, String name, int ordinal) {
    }

    private static final Comparator<Choice> ORDER = Comparator.comparingInt(Choice::year).reversed()
            .thenComparing(Choice::promiseId)
            .thenComparing(choice -> choice.priorityArea() == null ? Integer.MAX_VALUE : choice.priorityArea().ordinal())
            .thenComparing(Choice::code, CommitmentCodes.ORDER);

    private final JdbcTemplate jdbc;

    ReportableCommitments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the promise document's order: newest year first, then by area and code (1.2 before 1.10). */
    List<Choice> of(Identity user) {
        return all().stream().filter(choice -> mayReport(user, choice)).sorted(ORDER).toList();
    }

    Optional<Choice> find(String commitmentId) {
        return all().stream().filter(choice -> choice.commitmentId().equals(commitmentId)).findFirst();
    }

    static boolean mayReport(Identity user, Choice choice) {
        Member member = user.member();
        if (member.is(Roles.COORDINATOR) && member.belongsToAnyOf(choice.coordinating())) {
            return true;
        }
        return member.is(Roles.REPORTER) && member.belongsToAnyOf(choice.answering());
    }

    static boolean reports(Identity user) {
        return user.member().reports();
    }

    private List<Choice> all() {
        return jdbc.query("""
                SELECT c.commitment_id, p.promise_id, p.year, c.code,
                       (SELECT string_agg(pp.organisation, ',') FROM promise_party_lookup pp
                        WHERE pp.promise_id = c.promise_id AND pp.code = ANY (string_to_array(c.responsible, ','))),
                       a.code, a.name, a.ordinal, f.text,
                       (SELECT string_agg(pp.organisation, ',') FROM promise_party_lookup pp
                        WHERE pp.promise_id = c.promise_id)
                FROM commitment_lookup c
                JOIN promise_lookup p ON p.promise_id = c.promise_id
                LEFT JOIN report_form_commitment f ON f.commitment_id = c.commitment_id
                LEFT JOIN promise_area_lookup a ON a.promise_id = c.promise_id AND a.code = f.priority_area
                WHERE NOT c.withdrawn AND NOT p.closed""",
                (row, n) -> new Choice(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        Set.copyOf(NameList.split(row.getString(5))), Set.copyOf(NameList.split(row.getString(10))),
                        row.getString(6) == null ? null : new Area(row.getString(6), row.getString(7), row.getInt(8)),
                        row.getString(9)));
    }
}
