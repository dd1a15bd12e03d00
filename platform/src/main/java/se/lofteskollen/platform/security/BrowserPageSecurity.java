package se.lofteskollen.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;
import java.util.stream.Stream;

/**
 * The filter chain of a service's browser pages, beside its API chain ({@link ServiceSecurity}), which never sees
 * these paths: a login form, a session, a CSRF token on every form, the platform's {@link SecurityHeaders} with the
 * pages' own Content-Security-Policy, and failed logins and refusals on the security log ({@link PageRefusals}).
 * A service names only its pages.
 *
 * <p>The login form exists where there are built-in users to check (the local profile). Elsewhere a browser login
 * would come from the organisation's identity provider, which is not wired in yet: the staff pages then stay
 * closed, and the service's login page says so.
 */
public class BrowserPageSecurity {

    /** What every service's pages need besides their own: the login page, logging out, the style sheets. */
    private static final List<String> COMMON = List.of("/login", "/logout", "/css/**");
    private static final List<String> OPEN = List.of("/login", "/css/**");

    /**
     * One service's pages.
     *
     * @param home where a login leads; it and everything under it are for logged-in staff
     * @param publicPages pages open to anyone
     * @param contentSecurityPolicy the pages' own policy: they know what they load
     */
    public record Pages(String home, List<String> publicPages, String contentSecurityPolicy) {

        public static Pages staffAt(String home, String contentSecurityPolicy) {
            return new Pages(home, List.of(), contentSecurityPolicy);
        }

        public Pages withPublic(String... paths) {
            return new Pages(home, List.of(paths), contentSecurityPolicy);
        }

        String[] paths() {
            return Stream.of(List.of(home, home + "/**"), publicPages, COMMON).flatMap(List::stream)
                    .distinct().toArray(String[]::new);
        }

        String[] open() {
            return Stream.concat(publicPages.stream(), OPEN.stream()).toArray(String[]::new);
        }
    }

    private final SecurityEventLog events;
    private final boolean builtInUsers;

    public BrowserPageSecurity(SecurityEventLog events, boolean builtInUsers) {
        this.events = events;
        this.builtInUsers = builtInUsers;
    }

    /** The chain for {@code pages}; give it a higher precedence than the API's, so that it sees them first. */
    public SecurityFilterChain filterChain(HttpSecurity http, Pages pages) throws Exception {
        PageRefusals refusals = new PageRefusals(events);
        http.securityMatcher(pages.paths())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pages.open()).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(SecurityHeaders.with(pages.contentSecurityPolicy()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        if (builtInUsers) {
            http.formLogin(form -> form.loginPage("/login")
                    .failureHandler(LoginFailures.loggedThenBackToLogin(events))
                    .defaultSuccessUrl(pages.home()));
        }
        return http.build();
    }
}
