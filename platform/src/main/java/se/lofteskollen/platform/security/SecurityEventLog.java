package se.lofteskollen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Failed logins, denied requests and operators' actions, one structured line each on the logger {@value #LOGGER}, so that an
 * operator can route them apart:
 * <pre>event=access_denied user="polis" method=POST path="/api/promises" reason="..." remote="..." correlationId="..."</pre>
 * Every value that came with the request is quoted and neutralised ({@link LogText}); no password, token
 * or request body is ever written. The same values go along as key-value pairs ({@code security.event},
 * {@code security.user}, ...), which structured logging (outside {@code local}) writes as fields of the JSON line,
 * beside the correlation id of the log context.
 */
public class SecurityEventLog {

    public static final String LOGGER = "lofteskollen.security";
    static final String ANONYMOUS = "anonymous";
    /** The prefix of the fields a structured log line carries besides the text (apart from the MDC's {@code user}). */
    static final String FIELD = "security.";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** Credentials were presented and refused. {@code user} is the name tried, if the scheme has one. */
    public void authenticationFailed(HttpServletRequest request, String user, String reason) {
        requestEvent(log.atWarn(), "authentication_failed", user, request, reason);
    }

    /** An authenticated (or anonymous) principal asked for what it may not have. */
    public void accessDenied(HttpServletRequest request, Authentication who, String reason) {
        requestEvent(log.atWarn(), "access_denied", nameOf(who), request, reason);
    }

    /** As {@link #accessDenied(HttpServletRequest, Authentication, String)}, for the current principal. */
    public void accessDenied(HttpServletRequest request, String reason) {
        accessDenied(request, SecurityContextHolder.getContext().getAuthentication(), reason);
    }

    /** An operator changed how the service runs (e.g. rebuilt the read models): who, what, and how it ended. */
    public void operatorAction(String user, String action, String outcome) {
        log.atInfo()
                .addKeyValue(FIELD + "event", "operator_action")
                .addKeyValue(FIELD + "user", user)
                .addKeyValue(FIELD + "action", action)
                .addKeyValue(FIELD + "outcome", outcome)
                .log("event=operator_action user=" + LogText.quoted(user) + " action=" + LogText.quoted(action)
                        + " outcome=" + LogText.quoted(outcome) + " correlationId=" + LogText.quoted(MDC.get("correlationId")));
    }

    static String nameOf(Authentication who) {
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return ANONYMOUS;
        }
        return who.getName();
    }

    private static void requestEvent(LoggingEventBuilder line, String event, String user, HttpServletRequest request,
                                     String reason) {
        line.addKeyValue(FIELD + "event", event)
                .addKeyValue(FIELD + "user", user)
                .addKeyValue(FIELD + "method", request.getMethod())
                .addKeyValue(FIELD + "path", request.getRequestURI())
                .addKeyValue(FIELD + "reason", reason)
                .addKeyValue(FIELD + "remote", request.getRemoteAddr())
                .log(text(event, user, request, reason));
    }

    private static String text(String event, String user, HttpServletRequest request, String reason) {
        return "event=" + event
                + " user=" + LogText.quoted(user)
                + " method=" + LogText.quoted(request.getMethod())
                + " path=" + LogText.quoted(request.getRequestURI())
                + " reason=" + LogText.quoted(reason)
                + " remote=" + LogText.quoted(request.getRemoteAddr())
                + " correlationId=" + LogText.quoted(MDC.get("correlationId"));
    }
}
