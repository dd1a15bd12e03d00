package se.lofteskollen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Every refusal by the security filters: logged as a security event, answered as problem details (401 with
 * the challenge of the scheme in use, or 403) — or, for a browser asking for a page without credentials, the way
 * to sign in (a browser is never challenged for Basic).
 */
class SecurityRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String AUTHENTICATION_REQUIRED = "authentication required";

    private final SecurityEventLog events;
    private final boolean basic;
    private final boolean bearer;
    private final AuthenticationEntryPoint loginPage;
    private final RequestMatcher browserPage;
    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

    SecurityRefusals(SecurityEventLog events, boolean basic, boolean bearer, AuthenticationEntryPoint loginPage,
                     RequestMatcher browserPage) {
        this.events = events;
        this.basic = basic;
        this.bearer = bearer;
        this.loginPage = loginPage;
        this.browserPage = browserPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, jakarta.servlet.ServletException {
        String scheme = scheme(request);
        boolean presented = scheme != null && !(refused instanceof InsufficientAuthenticationException);
        if (presented) {
            events.authenticationFailed(request, "basic".equals(scheme) ? basicUser(request) : null,
                    scheme + ": " + refused.getMessage());
        } else {
            events.accessDenied(request, null, AUTHENTICATION_REQUIRED);
        }
        if (!presented && loginPage != null && browserPage.matches(request)) {
            loginPage.commence(request, response, refused);
            return;
        }
        if (bearer) {
            bearerChallenge.commence(request, response, refused);
        }
        if (basic) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lofteskollen\"");
        }
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                presented ? "the credentials were refused" : "authentication is required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        events.accessDenied(request, reason(denied));
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
                csrf ? "a request of a browser session needs its CSRF token" : "your role may not do this");
    }

    /** Why a request was denied, as the security log says it. */
    static String reason(AccessDeniedException denied) {
        return denied instanceof CsrfException ? "missing or invalid CSRF token" : "not permitted for the user's role";
    }

    private static String scheme(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            return null;
        }
        int space = authorization.indexOf(' ');
        String scheme = (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
        return scheme.equals("basic") || scheme.equals("bearer") ? scheme : "other";
    }

    /** The user name tried with HTTP Basic; the password is never read. */
    static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException | IndexOutOfBoundsException notBase64) {
            return null;
        }
    }
}
