package se.lofteskollen.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import se.lofteskollen.platform.security.signin.SignIn;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The filter chain of a service's browser pages, beside its API chain ({@link ServiceSecurity}), which never sees
 * these paths: OpenID Connect sign-in at a trusted issuer ({@code oauth2Login}, authorization code with PKCE), the
 * same flow in every profile (in {@code local} the local identity provider holds the built-in users); a session;
 * a CSRF token on every form; the platform's {@link SecurityHeaders} with the pages' own Content-Security-Policy;
 * refusals on the security log ({@link PageRefusals}). A service names only its pages.
 *
 * <p>Signing out ends the session here and at the provider (RP-initiated logout), so that the other service's next
 * sign-in asks again; a provider that ends a session itself tells each service through back-channel logout.
 */
public class BrowserPageSecurity {

    /**
     * Sign-in and sign-out: Spring's endpoints for the code flow, and the provider's back-channel logout; and the
     * accessibility statement every service with pages serves (platform/pages), open to anyone.
     */
    private static final String STATEMENT = "/tillganglighet";
    private static final List<String> SIGN_IN = List.of("/login", "/logout", "/oauth2/**", "/login/oauth2/**",
            "/logout/connect/back-channel/**", "/css/**", "/default-ui.css", STATEMENT);
    private static final List<String> OPEN = List.of("/login", "/oauth2/**", "/login/oauth2/**",
            "/logout/connect/back-channel/**", "/css/**", "/default-ui.css", STATEMENT);

    /**
     * One service's pages.
     *
     * @param home where a sign-in leads; it and everything under it are for signed-in staff
     * @param publicPages pages open to anyone
     * @param contentSecurityPolicy the pages' own policy: they know what they load
     * @param keptForms the paths whose forms, posted after their session or CSRF token expired, are kept while the
     *                  browser signs in again and then shown filled in ({@link KeptForms}); any other form meets the
     *                  error page
     */
    public record Pages(String home, List<String> publicPages, String contentSecurityPolicy, List<String> keptForms) {

        public static Pages staffAt(String home, String contentSecurityPolicy) {
            return new Pages(home, List.of(), contentSecurityPolicy, List.of());
        }

        public Pages withPublic(String... paths) {
            return new Pages(home, List.of(paths), contentSecurityPolicy, keptForms);
        }

        /** The forms posted to these exact paths are kept when their token expired. */
        public Pages keepingFormsAt(String... paths) {
            return new Pages(home, publicPages, contentSecurityPolicy, List.of(paths));
        }

        String[] paths() {
            return Stream.of(List.of(home, home + "/**"), publicPages, SIGN_IN).flatMap(List::stream)
                    .distinct().toArray(String[]::new);
        }

        String[] open() {
            return Stream.concat(publicPages.stream(), OPEN.stream()).toArray(String[]::new);
        }
    }

    private final SecurityEventLog events;
    private final SignIn signIn;
    private final String sessionCookie;
    private final KeptForms keptForms;

    /**
     * @param sessionCookie the service's own session cookie, which back-channel logout presents to end a session
     * @param keptForms     where the forms of {@link Pages#keptForms} are kept while the browser signs in again
     */
    public BrowserPageSecurity(SecurityEventLog events, SignIn signIn, String sessionCookie, KeptForms keptForms) {
        this.events = events;
        this.signIn = signIn;
        this.sessionCookie = sessionCookie;
        this.keptForms = keptForms;
    }

    /** The chain for {@code pages}; give it a higher precedence than the API's, so that it sees them first. */
    public SecurityFilterChain filterChain(HttpSecurity http, Pages pages) throws Exception {
        PageRefusals refusals = new PageRefusals(events, new LoginUrlAuthenticationEntryPoint(signIn.entry()),
                keptForms, pages.keptForms());
        // Which provider session each of this service's sessions belongs to, for back-channel logout.
        OidcSessionRegistry sessions = new InMemoryOidcSessionRegistry();
        http.securityMatcher(pages.paths())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pages.open()).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(SecurityHeaders.with(formsMayLeadToTheProviders(pages.contentSecurityPolicy())))
                .oauth2Login(login -> login
                        .loginPage("/login")
                        .oidcSessionRegistry(sessions)
                        .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(withPkce()))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn.users()))
                        .failureHandler(LoginFailures.loggedThenBackToLogin(events))
                        .defaultSuccessUrl(pages.home()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(atTheProviderToo()))
                .oidcLogout(logout -> logout.oidcSessionRegistry(sessions)
                        .backChannel(backChannel -> backChannel.logoutHandler(endsTheSession(sessions))))
                // The sign-in page lists the trusted issuers from the settings, so showing it contacts none of them.
                .addFilterBefore(signInPage(), OAuth2AuthorizationRequestRedirectFilter.class)
                .addFilterBefore(DefaultResourcesFilter.css(), OAuth2AuthorizationRequestRedirectFilter.class);
        return http.build();
    }

    /**
     * Signing out is a form posted here that redirects to the provider's logout, and browsers apply
     * {@code form-action} to that redirect too: without the providers' origins there, the sign-out would stop at
     * this service. (A provider whose logout lives on another origin than its issuer would need that origin.)
     */
    private String formsMayLeadToTheProviders(String contentSecurityPolicy) {
        String origins = signIn.issuers().getIssuers().values().stream()
                .map(issuer -> URI.create(issuer.getIssuerUri()))
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                .distinct().collect(Collectors.joining(" "));
        return contentSecurityPolicy.replace("form-action 'self'", "form-action 'self' " + origins);
    }

    /** PKCE for confidential clients too (public ones get it anyway): a stolen code is worth nothing. */
    private DefaultOAuth2AuthorizationRequestResolver withPkce() {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                signIn.registrations(), SignIn.AUTHORIZATION_BASE);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    private OidcClientInitiatedLogoutSuccessHandler atTheProviderToo() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(signIn.registrations());
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        // A provider without RP-initiated logout: the session here still ends, and the sign-in page says so.
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    /** Spring's handler ends the session by calling this service's own logout with the session's cookie, by its name. */
    private OidcBackChannelLogoutHandler endsTheSession(OidcSessionRegistry sessions) {
        OidcBackChannelLogoutHandler handler = new OidcBackChannelLogoutHandler(sessions);
        handler.setSessionCookieName(sessionCookie);
        return handler;
    }

    private DefaultLoginPageGeneratingFilter signInPage() {
        DefaultLoginPageGeneratingFilter page = new DefaultLoginPageGeneratingFilter();
        page.setOauth2LoginEnabled(true);
        page.setOauth2AuthenticationUrlToClientName(signIn.links());
        page.setLoginPageUrl("/login");
        page.setFailureUrl("/login?error");
        page.setLogoutSuccessUrl("/login?logout");
        return page;
    }
}
