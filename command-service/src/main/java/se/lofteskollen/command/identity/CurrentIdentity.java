package se.lofteskollen.command.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.NameList;
import se.lofteskollen.platform.security.Roles;

import java.util.stream.Stream;

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
        String roles = joined(authentication, Roles.ROLE_PREFIX);
        String organisation = joined(authentication, Roles.ORGANISATION_PREFIX);
        String displayName = first(authentication, Roles.NAME_PREFIX);
        String client = first(authentication, Roles.CLIENT_PREFIX);
        String name = authentication.getName();
        return new Identity(name, displayName == null ? name : displayName, organisation, roles,
                client == null ? API_CLIENT : client);
    }

    private static String first(Authentication authentication, String prefix) {
        return withPrefix(authentication, prefix).findFirst().orElse(null);
    }

    private static String joined(Authentication authentication, String prefix) {
        String joined = NameList.join(withPrefix(authentication, prefix).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static Stream<String> withPrefix(Authentication authentication, String prefix) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length()))
                .sorted();
    }
}
