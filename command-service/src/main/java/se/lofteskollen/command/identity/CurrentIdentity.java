package se.lofteskollen.command.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the identity from the authenticated principal only. Authorities carry the role
 * ({@code ROLE_COORDINATOR}) and the organisation ({@code ORG_POLICE}).
 */
@Component
public class CurrentIdentity {

    public Identity get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated user");
        }
        String role = authority(authentication, "ROLE_");
        // A coordinator may answer for both organisations; the audit says so rather than picking one.
        String organisation = authorities(authentication, "ORG_");
        String displayName = authority(authentication, "NAME_");
        String name = authentication.getName();
        return new Identity(name, displayName == null ? name : displayName, organisation, role, "api");
    }

    private static String authority(Authentication authentication, String prefix) {
        return withPrefix(authentication, prefix).findFirst().orElse(null);
    }

    private static String authorities(Authentication authentication, String prefix) {
        String joined = withPrefix(authentication, prefix).collect(Collectors.joining(","));
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
