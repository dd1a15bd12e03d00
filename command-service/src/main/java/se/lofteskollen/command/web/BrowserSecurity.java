package se.lofteskollen.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.lofteskollen.platform.security.BrowserPageSecurity;
import se.lofteskollen.platform.security.BrowserPageSecurity.Pages;

/**
 * The staff's report form in the browser, in a filter chain of its own ({@link BrowserPageSecurity}: OpenID Connect sign-in,
 * session, CSRF, the platform's headers); the API keeps its stateless chain, which never sees these paths.
 */
@Configuration
public class BrowserSecurity {

    /** Same origin for everything, no scripts: the form needs none, and contacts nothing outside the deployment. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain browserPages(HttpSecurity http, BrowserPageSecurity security) throws Exception {
        // A report typed on a phone whose session ran out is kept through the new sign-in (reportform).
        return security.filterChain(http, Pages.staffAt("/report", CONTENT_SECURITY_POLICY).keepingFormsAt("/report"));
    }
}
