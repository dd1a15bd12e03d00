package se.lofteskollen.platform.security;

import java.util.Set;

/**
 * The roles of Löfteskollen, and how a principal carries who it is as authorities, the same however it
 * authenticated (a built-in user of the local profile, a JWT in production): {@code ROLE_REPORTER},
 * {@code ORG_POLICE}, {@code NAME_Kommunpolisen}, {@code CLIENT_est-import}.
 */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String REPORTER = "REPORTER";
    public static final String MANAGEMENT = "MANAGEMENT";
    /** Runs the service: rebuilds, dead letters, metrics; no domain writes. */
    public static final String OPERATOR = "OPERATOR";

    /** Every role a person or an integration can hold. Anything else in a token is ignored. */
    public static final Set<String> ALL = Set.of(COORDINATOR, REPORTER, MANAGEMENT, OPERATOR);
    /** The organisations a member of staff can belong to (the values of the shared {@code Party}). */
    public static final Set<String> ORGANISATIONS = Set.of("POLICE", "MUNICIPALITY");

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String ORGANISATION_PREFIX = "ORG_";
    public static final String NAME_PREFIX = "NAME_";
    public static final String CLIENT_PREFIX = "CLIENT_";

    private Roles() {
    }
}
