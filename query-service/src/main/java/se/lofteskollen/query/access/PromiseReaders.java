package se.lofteskollen.query.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads which promise. A promise names the organisation acting as each of its parties ({@code promise_party});
 * a member of staff with a reading role reads the promises one of their organisations acts in, and the national
 * reader reads every promise. Nobody else reads any: no role, no organisation, no promise (fail closed).
 */
@Component
public class PromiseReaders {

    private final JdbcTemplate jdbc;

    PromiseReaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The promises one member reads: every one, or these. */
    public record Readable(boolean every, Set<String> promiseIds) {

        static final Readable NONE = new Readable(false, Set.of());

        public boolean includes(String promiseId) {
            return every || promiseIds.contains(promiseId);
        }
    }

    public Readable of(Authentication authentication) {
        return authentication == null ? Readable.NONE : of(Member.of(authentication.getAuthorities()));
    }

    public Readable of(Member member) {
        if (Collections.disjoint(member.roles(), Roles.DOMAIN)) {
            return Readable.NONE;
        }
        if (member.readsEveryPromise()) {
            return new Readable(true, Set.of());
        }
        if (member.organisations().isEmpty()) {
            return Readable.NONE;
        }
        List<String> ids = jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT DISTINCT promise_id FROM promise_party WHERE organisation = ANY (?)");
            statement.setArray(1, connection.createArrayOf("text", member.organisations().toArray()));
            return statement;
        }, (row, n) -> row.getString(1));
        return new Readable(false, Set.copyOf(ids));
    }

    /**
     * Whether {@code member} reads the promise (or anyone may, when {@code signedIsOpen} and it is signed), in one
     * query; empty when the read models do not know the promise (there is nothing to refuse then, and the page says so).
     */
    Optional<Boolean> reads(Member member, String promiseId, boolean signedIsOpen) {
        boolean reader = !Collections.disjoint(member.roles(), Roles.DOMAIN);
        List<Boolean> answer = jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT (? AND v.signed_on IS NOT NULL) OR (? AND (? OR "
                    + "EXISTS (SELECT 1 FROM promise_party p WHERE p.promise_id = v.promise_id "
                    + "AND p.organisation = ANY (?)))) FROM promise_view v WHERE v.promise_id = ?");
            statement.setBoolean(1, signedIsOpen);
            statement.setBoolean(2, reader);
            statement.setBoolean(3, member.readsEveryPromise());
            statement.setArray(4, connection.createArrayOf("text", member.organisations().toArray()));
            statement.setString(5, promiseId);
            return statement;
        }, (row, n) -> row.getBoolean(1));
        return answer.stream().findFirst();
    }

    /** The promise a commitment belongs to, if the read models know the commitment. */
    Optional<String> promiseOf(String commitmentId) {
        return jdbc.queryForList("SELECT promise_id FROM commitment_view WHERE commitment_id = ?", String.class,
                commitmentId).stream().findFirst();
    }
}
