package se.lofteskollen.platform.security;

import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The roles of Löfteskollen, and how a principal carries who it is as authorities, the same however it
 * authenticated (a built-in user of the local profile, a JWT in production): {@code ROLE_REPORTER},
 * {@code ORG_LPO_VIMMERBY} (an organisation's code, {@link se.lofteskollen.events.Organisations}),
 * {@code NAME_Kommunpolisen}, {@code CLIENT_est-import}. What one person holds of them is a {@link Member}.
 */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String REPORTER = "REPORTER";
    public static final String MANAGEMENT = "MANAGEMENT";
    /** Reads every promise of every organisation, for the national follow-up; writes nothing. */
    public static final String NATIONAL_READER = "NATIONAL_READER";
    /** Runs the service: rebuilds the read models, reads metrics. Writes and reads nothing of the domain. */
    public static final String OPERATOR = "OPERATOR";
    /**
     * The service itself, as the author of what it records on its own (the default data). No person or token holds
     * it: it is in none of the sets below.
     */
    public static final String SYSTEM = "SYSTEM";

    /** Every role a person or an integration can hold. Anything else in a token is ignored. */
    public static final Set<String> ALL = Set.of(COORDINATOR, REPORTER, MANAGEMENT, NATIONAL_READER, OPERATOR);
    /**
     * The roles that read promises and their reports (staff names are in them): every role but the operator's. Each
     * reads only the promises of its organisations, but the national reader, who reads every promise.
     */
    public static final Set<String> DOMAIN = Set.of(COORDINATOR, REPORTER, MANAGEMENT, NATIONAL_READER);
    /** The roles that report what was done: a reporter on its organisation's commitments, a coordinator on any. */
    public static final Set<String> REPORTING = Set.of(COORDINATOR, REPORTER);

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String ORGANISATION_PREFIX = "ORG_";
    public static final String NAME_PREFIX = "NAME_";
    public static final String CLIENT_PREFIX = "CLIENT_";

    private Roles() {
    }

    /** What a principal's authorities carry under {@code prefix} (the names of {@code ROLE_…}, {@code ORG_…}), sorted. */
    public static Stream<String> carried(Collection<? extends GrantedAuthority> authorities, String prefix) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length()))
                .sorted();
    }
}
