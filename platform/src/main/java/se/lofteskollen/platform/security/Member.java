package se.lofteskollen.platform.security;

import org.springframework.security.core.GrantedAuthority;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Organisations;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one person (or integration) holds of {@link Roles}: their roles, and the organisations they belong to, by
 * code ({@link Organisations}; a coordinator may belong to the police area's and the municipality's). Which
 * promises they work with follows from those: each promise names the organisation acting as each of its parties.
 * The same whether read from a principal's authorities or from what an event's metadata recorded of it
 * ({@code role} and {@code organisation}, see {@link NameList}).
 */
public record Member(Set<String> roles, Set<String> organisations) {

    public Member {
        roles = Set.copyOf(roles);
        organisations = Collections.unmodifiableSet(new TreeSet<>(organisations));
    }

    /** From the texts an event's metadata carries; a name that is no organisation's code is passed over. */
    public static Member of(String roles, String organisations) {
        return new Member(Set.copyOf(NameList.split(roles)), codes(NameList.split(organisations).stream()));
    }

    /** From a principal's authorities ({@code ROLE_…}, {@code ORG_…}); other authorities say nothing here. */
    public static Member of(Collection<? extends GrantedAuthority> authorities) {
        return new Member(Roles.carried(authorities, Roles.ROLE_PREFIX).collect(Collectors.toSet()),
                codes(Roles.carried(authorities, Roles.ORGANISATION_PREFIX)));
    }

    private static Set<String> codes(Stream<String> names) {
        return names.map(Organisations::code).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Whether any role of this member reports what was done ({@link Roles#REPORTING}). */
    public boolean reports() {
        return !Collections.disjoint(roles, Roles.REPORTING);
    }

    /** Whether any role of this member reads every promise, whoever's it is ({@link Roles#NATIONAL_READER}). */
    public boolean readsEveryPromise() {
        return is(Roles.NATIONAL_READER);
    }

    /** Whether this member belongs to one of {@code organisations} (those acting as a promise's parties, say). */
    public boolean belongsToAnyOf(Collection<String> organisations) {
        return this.organisations.stream().anyMatch(organisations::contains);
    }

    /** The roles as an event's metadata records them; null for none. */
    public String joinedRoles() {
        return roles.isEmpty() ? null : NameList.join(roles);
    }

    /** The organisations as an event's metadata records them; null for none. */
    public String joinedOrganisations() {
        return organisations.isEmpty() ? null : NameList.join(organisations);
    }
}
