package se.lofteskollen.query.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The name a page greets the logged-in user by: the display name the identity carries, else the user id. */
public final class SignedIn {

    private SignedIn() {
    }

    public static String name(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("NAME_"))
                .map(authority -> authority.substring("NAME_".length()))
                .findFirst()
                .orElse(authentication.getName());
    }
}
