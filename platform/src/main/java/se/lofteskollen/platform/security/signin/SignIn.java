package se.lofteskollen.platform.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service's filter chains need of the trusted issuers: the client registrations and the user mapping for
 * people signing in (browser pages), the token resolver for the API, and the sign-in page's links.
 */
public record SignIn(TrustedIssuers issuers, ClientRegistrationRepository registrations, IssuerUserService users,
                     IssuerTokens tokens) {

    public static final String AUTHORIZATION_BASE = "/oauth2/authorization";

    public AuthenticationManagerResolver<HttpServletRequest> tokenResolver() {
        return tokens.resolver();
    }

    /** Sign-in link to display name, read from the settings (never from a discovery document: no network). */
    public Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        issuers.getIssuers().forEach((name, issuer) -> links.put(AUTHORIZATION_BASE + "/" + name,
                issuer.getDisplayName() == null ? name : issuer.getDisplayName()));
        return links;
    }

    /** Where a browser without a session goes: straight to the provider when there is one, else the choice. */
    public String entry() {
        return issuers.getIssuers().size() == 1 ? links().keySet().iterator().next() : "/login";
    }
}
