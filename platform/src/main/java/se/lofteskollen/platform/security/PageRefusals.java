package se.lofteskollen.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.util.List;

/**
 * Refusals by the browser pages' chain, on the security log as the API's refusals are ({@link SecurityRefusals}):
 * a stranger sent to sign in, a form posted without its CSRF token (403). The answers stay the pages' own:
 * the login page, and the container's error page (a Swedish page, see platform/pages); except a form the service
 * keeps ({@link KeptForms}), posted with an expired token: it is kept, and the browser led back to its page.
 */
class PageRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecurityEventLog events;
    private final AuthenticationEntryPoint loginPage;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    private final KeptForms keptForms;
    private final List<String> keptPaths;

    PageRefusals(SecurityEventLog events, AuthenticationEntryPoint signIn, KeptForms keptForms, List<String> keptPaths) {
        this.events = events;
        this.loginPage = signIn;
        this.keptForms = keptForms;
        this.keptPaths = keptPaths;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        events.accessDenied(request, null, SecurityRefusals.AUTHENTICATION_REQUIRED);
        loginPage.commence(request, response, refused);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        events.accessDenied(request, SecurityRefusals.reason(denied));
        if (denied instanceof CsrfException && kept(request) && keptForms.keepAndRedirect(request, response)) {
            return;
        }
        // For the error page, which tells a form whose CSRF token expired from other refusals.
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
        forbidden.handle(request, response, denied);
    }

    private boolean kept(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && keptPaths.contains(KeptForms.pathOf(request));
    }
}
