package se.lofteskollen.command.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import se.lofteskollen.platform.security.LoginFailures;
import se.lofteskollen.platform.security.SecurityEventLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The staff's report form in the browser: a login form, a session, and a CSRF token on every form. The API
 * keeps its own stateless chain (HTTP Basic, no CSRF), which never sees these paths.
 *
 * <p>The login form exists where there are local users to check (the local profile). Elsewhere a browser
 * login would come from the organisation's identity provider, which is not wired in here: the form then stays
 * closed and the login page says so.
 */
@Configuration
public class BrowserSecurity {

    /** Only these paths; anything else falls through to the API chain. */
    static final String[] PATHS = {"/report", "/report/**", "/login", "/logout", "/css/**"};

    /** Same origin for everything, no scripts: the form needs none, and contacts nothing outside the deployment. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain browserPages(HttpSecurity http, ObjectProvider<UserDetailsService> localUsers,
                                     SecurityEventLog events) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/login").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        if (localUsers.getIfAvailable() != null) {
            http.formLogin(form -> form.loginPage("/login").failureHandler(LoginFailures.loggedThenBackToLogin(events)).defaultSuccessUrl("/report"));
        }
        return http.build();
    }
}
