package se.lofteskollen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.MetricsEndpoint;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import se.lofteskollen.platform.security.signin.SignIn;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The API's web security, shared by both services; each service adds only its own URL rules. The API is
 * stateless: JWT bearer tokens of the trusted issuers in every profile ({@link SignIn}), plus HTTP Basic for the
 * built-in users of {@code local}. People's browser sessions belong to the pages' chain ({@link BrowserPageSecurity}).
 *
 * <ul>
 *   <li>Open to anyone: {@code /actuator/health}, the API docs, and what a service opens itself (public pages).
 *       {@code /actuator/metrics}: management, coordinators and the operator; {@code /actuator/prometheus}: the
 *       operator (whatever scrapes it signs in as one). Any other Actuator endpoint: only when a
 *       service grants it. Everything else: a user holding one of the {@link Roles}.</li>
 *   <li>CSRF: a request is checked when a browser session could have authenticated it (no {@code Authorization}
 *       header but a session cookie, and the login form itself). Basic and Bearer requests carry their
 *       credentials explicitly and need no token.</li>
 *   <li>Headers: {@link SecurityHeaders} with a strict Content-Security-Policy.</li>
 *   <li>CORS: closed unless {@code lofteskollen.security.cors.allowed-origins} lists origins.</li>
 *   <li>Refusals: problem details, and a line on the security log ({@link SecurityEventLog}).</li>
 * </ul>
 */
public class ServiceSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PROMETHEUS = "prometheus";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    private final SecurityEventLog events;
    private final ServiceSecurityProperties properties;
    private final boolean builtInUsers;
    private final SignIn signIn;

    public ServiceSecurity(SecurityEventLog events, ServiceSecurityProperties properties, boolean builtInUsers,
                           SignIn signIn) {
        this.events = events;
        this.properties = properties;
        this.builtInUsers = builtInUsers;
        this.signIn = signIn;
    }

    /** The service's filter chain: the shared rules, then {@code serviceRules}, then "everything else needs a role". */
    public SecurityFilterChain filterChain(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> serviceRules)
            throws Exception {
        return filterChain(http, serviceRules, List.of());
    }

    /**
     * The same, where a GET of one of {@code readWithPageSession} (path patterns) also knows the person signed in on
     * the service's browser pages, by the session their chain keeps ({@link PageSessionReads}): for what a page's own
     * script reads from the API, since it has no credentials to send. The session is only read, never created.
     */
    public SecurityFilterChain filterChain(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> serviceRules,
            List<String> readWithPageSession)
            throws Exception {
        if (!readWithPageSession.isEmpty()) {
            http.securityContext(context -> context.securityContextRepository(new PageSessionReads(readWithPageSession)));
        }
        RequestMatcher browserPage = browserPage();
        // A browser asking for a page of the API's without credentials is sent to sign in, never challenged for Basic.
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint(signIn.entry());
        SecurityRefusals refusals = new SecurityRefusals(events, builtInUsers, true, signInPage, browserPage);

        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                            "/error").permitAll()
                    .requestMatchers(EndpointRequest.to(MetricsEndpoint.class))
                    .hasAnyRole(Roles.MANAGEMENT, Roles.COORDINATOR, Roles.OPERATOR)
                    // Named, not by class: the scrape endpoint's class is there only with the Prometheus registry.
                    .requestMatchers(EndpointRequest.to(PROMETHEUS)).hasRole(Roles.OPERATOR);
            serviceRules.customize(requests);
            requests.requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll()
                    .requestMatchers(HttpMethod.OPTIONS).denyAll()
                    .anyRequest().hasAnyRole(Roles.DOMAIN.toArray(String[]::new));
        });

        if (builtInUsers) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(refusals));
        }
        // Stateless: every request carries its credentials (or reads with a page's session, above). People's sessions
        // live in the pages' chain.
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(signIn.tokenResolver())
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ServiceSecurity::couldRideOnABrowserSession))
                .headers(SecurityHeaders.with(CONTENT_SECURITY_POLICY));
        List<String> origins = properties.getCors().getAllowedOrigins();
        if (origins.isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(corsFor(origins)));
        }
        return http.build();
    }

    /**
     * An unsafe request that the browser may have sent on its own: no explicit credentials, but a session
     * cookie (or the login form, so that nobody is logged in as someone else by a foreign page).
     */
    static boolean couldRideOnABrowserSession(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() != null || "/login".equals(path) || "/logout".equals(path);
    }

    /** A browser navigating to a page (it asks for HTML), rather than a script or an API client. */
    static RequestMatcher browserPage() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndRequestMatcher(html,
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")));
    }

    private static UrlBasedCorsConfigurationSource corsFor(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                "Idempotency-Key", "X-Correlation-Id", "X-CSRF-TOKEN"));
        cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, "X-Correlation-Id"));
        // Tokens travel in the Authorization header, never in cookies, so credentials mode is not needed.
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
