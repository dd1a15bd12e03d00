package se.lofteskollen.query.web;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.lofteskollen.platform.security.Roles;
import se.lofteskollen.platform.security.ServiceSecurity;

import java.util.List;

/**
 * The query-service's own URL rules on top of the platform's ({@link ServiceSecurity}): the public pages
 * under {@code /public/**} are for anyone (no staff names, no internal notes); rebuilding the read models
 * is for the operator (it empties every read model for a while: not a domain role's business), and so are the dead
 * letters; every other read needs a logged-in user with a role, since staff
 * names are in the audit and the reports. A promise's live progress stream is read by the pages' script with the
 * browser's session, which this stateless chain reads for that path alone.
 */
@Configuration
public class SecurityConfiguration {

    static final String PROGRESS_STREAM = "/api/promises/*/progress/stream";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                // Open data: signed promises only, no names, no notes.
                .requestMatchers(HttpMethod.GET, "/api/rollup", "/api/rollup.csv", "/api/rollup/compare").permitAll()
                // Calendar programs cannot sign in; the feed exists only for signed promises, whose deadlines are public.
                .requestMatchers(HttpMethod.GET, "/api/promises/*/deadlines.ics").permitAll()
                // Live figures: anyone's for a signed promise, its readers' for an unsigned one (access/ReadersOnly
                // decides, per promise); the events carry only a number.
                .requestMatchers(HttpMethod.GET, PROGRESS_STREAM).permitAll()
                .requestMatchers(EndpointRequest.to("rebuild")).hasRole(Roles.OPERATOR)
                .requestMatchers(EndpointRequest.to("deadletters")).hasRole(Roles.OPERATOR),
                // The pages' script reads it with the dashboard's session: an EventSource sends no credentials.
                List.of(PROGRESS_STREAM));
    }
}
