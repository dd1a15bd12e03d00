package se.lofteskollen.identityprovider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import se.lofteskollen.platform.security.LocalUsers;

/**
 * The built-in users ({@link LocalUsers}, the same list the services' local Basic login uses), and what their
 * tokens say about them: {@code roles}, {@code organisation} and {@code name}, the claims the services map by
 * default, in the ID token (the browser) and in the access token (the API) alike.
 */
@Configuration
class BuiltInUsers {

    @Bean
    UserDetailsService users(@Value("${" + LocalUsers.SHARED_PASSWORD + ":}") String sharedPassword) {
        // The passwords are documented (each user's own name): a slow hash would protect nothing.
        return new InMemoryUserDetailsManager(LocalUsers.ALL.stream()
                .map(user -> User.withUsername(user.name()).password("{noop}" + user.password(sharedPassword))
                        .roles(user.role()).build())
                .toArray(UserDetails[]::new));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> userClaims() {
        return context -> {
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!idToken && !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            LocalUsers.named(context.getPrincipal().getName()).ifPresent(user -> context.getClaims()
                    .claim("name", user.displayName())
                    .claim("roles", java.util.List.of(user.role()))
                    .claim("organisation", user.organisations()));
        };
    }
}
