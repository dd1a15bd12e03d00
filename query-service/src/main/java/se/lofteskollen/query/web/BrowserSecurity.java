package se.lofteskollen.query.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.lofteskollen.platform.security.BrowserPageSecurity;
import se.lofteskollen.platform.security.BrowserPageSecurity.Pages;

/**
 * The browser pages: the public page (anyone) and the dashboard (logged-in users), in a filter chain of their own
 * ({@link BrowserPageSecurity}: OpenID Connect sign-in, session, CSRF, the platform's headers); the API keeps its stateless
 * chain ({@link SecurityConfiguration}), which never sees these paths.
 */
@Configuration
public class BrowserSecurity {

    /**
     * Same origin for everything (no CDN, no external fonts or scripts: the pages contact nothing outside the
     * deployment); the only scripts are the service's own files (the live figures, {@code /js/live.js}), none inline.
     * Inline styles stay allowed for the follow-up report's print styles.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain browserPages(HttpSecurity http, BrowserPageSecurity security) throws Exception {
        return security.filterChain(http, Pages.staffAt("/dashboard", CONTENT_SECURITY_POLICY)
                .withPublic("/", "/public/**", "/js/**"));
    }
}
