package se.lofteskollen.platform.security;

import org.springframework.security.core.GrantedAuthority;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Party;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one person (or integration) holds of {@link Roles}: their roles, and the organisations they belong to, as
 * the parties those answer for (a coordinator often belongs to both). The same whether read from a principal's
 * authorities or from what an event's metadata recorded of it ({@code role} and {@code organisation}, see
 * {@link NameList}).
 */
public record Member(Set<String> roles, Set<Party> organisations) {

    public Member {
        roles = Set.copyOf(roles);
        organisations = Collections.unmodifiableSet(organisations.isEmpty()
                ? EnumSet.noneOf(Party.class) : EnumSet.copyOf(organisations));
    }

    /** From the texts an event's metadata carries; a name of no party is passed over. */
    public static Member of(String roles, String organisations) {
        return new Member(Set.copyOf(NameList.split(roles)), Party.setOf(organisations));
    }

    /** From a principal's authorities ({@code ROLE_…}, {@code ORG_…}); other authorities say nothing here. */
    public static Member of(Collection<? extends GrantedAuthority> authorities) {
        return new Member(Roles.carried(authorities, Roles.ROLE_PREFIX).collect(Collectors.toSet()),
                Roles.carried(authorities, Roles.ORGANISATION_PREFIX).map(Roles::organisation).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Whether any role of this member reports what was done ({@link Roles#REPORTING}). */
    public boolean reports() {
        return !Collections.disjoint(roles, Roles.REPORTING);
    }

    /**
     * Whether one of this member's organisations is among a commitment's responsible parties, given by the codes
     * of its promise's parties ({@link Party#code()}).
     */
    public boolean answersForAnyOf(Collection<String> partyCodes) {
        return organisations.stream().map(Party::code).anyMatch(partyCodes::contains);
    }

    /** The roles as an event's metadata records them; null for none. */
    public String joinedRoles() {
        return roles.isEmpty() ? null : NameList.join(roles);
    }

    /** The organisations as an event's metadata records them; null for none. */
    public String joinedOrganisations() {
        return organisations.isEmpty() ? null : Party.joined(organisations);
    }
}
