package se.lofteskollen.command.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

/**
 * Reads the identity from the authenticated principal only — never from a request body or header. The
 * authorities carry the roles ({@code ROLE_COORDINATOR}), the organisations ({@code ORG_POLICE}), the
 * display name ({@code NAME_...}) and, for an integration, its client ({@code CLIENT_...}), the same for a
 * built-in user and a JWT (see {@link Roles}).
 */
@Component
public class CurrentIdentity {

    static final String API_CLIENT = "api";

    public Identity get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("no authenticated user");
        }
        // A coordinator may answer for both organisations (and a user hold several roles): the audit says so
        // rather than picking one.
        Member member = Member.of(authentication.getAuthorities());
        String displayName = first(authentication, Roles.NAME_PREFIX);
        String client = first(authentication, Roles.CLIENT_PREFIX);
        String name = authentication.getName();
        return new Identity(name, displayName == null ? name : displayName, member.joinedOrganisations(),
                member.joinedRoles(), client == null ? API_CLIENT : client);
    }

    private static String first(Authentication authentication, String prefix) {
        return Roles.carried(authentication.getAuthorities(), prefix).findFirst().orElse(null);
    }
}
