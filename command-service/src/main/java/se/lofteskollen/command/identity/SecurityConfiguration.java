package se.lofteskollen.command.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.lofteskollen.platform.security.Roles;
import se.lofteskollen.platform.security.ServiceSecurity;

/**
 * The command-service's own URL rules on top of the platform's ({@link ServiceSecurity}): writing takes a
 * reporter or a coordinator, so management is turned away at the door. Which command a user may send, and
 * on which commitment or report, is decided per command in {@code access.CommandPermissions}.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(http, rules -> rules
                // Reading a promise's text into a draft is the start of creating one: a coordinator's work.
                .requestMatchers(HttpMethod.POST, "/api/promise-drafts").hasRole(Roles.COORDINATOR)
                .requestMatchers(HttpMethod.GET, "/api/promises/*/renewal-draft").hasRole(Roles.COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(Roles.REPORTING.toArray(String[]::new))
                .requestMatchers(HttpMethod.PUT, "/api/**").hasAnyRole(Roles.REPORTING.toArray(String[]::new)));
    }
}
