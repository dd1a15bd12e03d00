package se.lofteskollen.platform.observability;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts who is asking ({@value LogContext#USER}) and the promise or commitment of the URL ({@code {promiseId}},
 * {@code {commitmentId}}) in the log context while a controller handles the request, so that every line it logs
 * says so. The correlation id is there already ({@link CorrelationIdFilter}).
 */
public class RequestLogContext implements HandlerInterceptor {

    private static final String RESTORE = RequestLogContext.class.getName() + ".restore";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, String> context = new HashMap<>();
        context.put(LogContext.USER, user());
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            context.put(LogContext.PROMISE, text(variables.get("promiseId")));
            context.put(LogContext.COMMITMENT, text(variables.get("commitmentId")));
        }
        request.setAttribute(RESTORE, LogContext.put(context));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (request.getAttribute(RESTORE) instanceof LogContext.Restore restore) {
            request.removeAttribute(RESTORE);
            restore.close();
        }
    }

    private static String user() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return null;
        }
        return who.getName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
