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

import java.io.IOException;

/**
 * Refusals by the browser pages' chain, on the security log as the API's refusals are ({@link SecurityRefusals}):
 * a stranger sent to sign in, a form posted without its CSRF token (403). The answers stay the pages' own:
 * the login page, and the container's error page (a Swedish page, see platform/pages).
 */
class PageRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecurityEventLog events;
    private final AuthenticationEntryPoint loginPage;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    PageRefusals(SecurityEventLog events, AuthenticationEntryPoint signIn) {
        this.events = events;
        this.loginPage = signIn;
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
        // For the error page, which tells a form whose CSRF token expired from other refusals.
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
        forbidden.handle(request, response, denied);
    }
}
