package se.lofteskollen.query.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.SecurityEventLog;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.NotAReader;

import java.util.List;
import java.util.Map;

/**
 * Every handler whose path names a promise ({@code {promiseId}}) or a commitment ({@code {commitmentId}}), on a page
 * or in the API, answers only that promise's readers ({@link PromiseReaders}); others get 403, and the refusal is on
 * the security log. Decided here, before any handler runs, so that a new endpoint is guarded without a line of its
 * own; a handler marked {@link OpenForSignedPromises} is let through to decide for itself, or, when it is also for an
 * unsigned promise's readers, anyone is let through to a signed promise's and its readers to an unsigned one's. An id
 * the read models do not know is let through too: the handler answers 404, which tells nothing about any promise.
 */
@Configuration
class ReadersOnly implements HandlerInterceptor, WebMvcConfigurer {

    private final PromiseReaders readers;
    private final ReadYourWrites freshness;
    private final SecurityEventLog events;

    ReadersOnly(PromiseReaders readers, ReadYourWrites freshness, SecurityEventLog events) {
        this.readers = readers;
        this.freshness = freshness;
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // An asynchronous dispatch carries on a request that was judged when it began (a stream ending, say).
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() == DispatcherType.ASYNC) {
            return true;
        }
        OpenForSignedPromises open = method.getMethodAnnotation(OpenForSignedPromises.class);
        if (open != null && !open.andForReadersOfUnsigned()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !(variables.containsKey("promiseId") || variables.containsKey("commitmentId"))) {
            return true;
        }
        // A client reading its own write waits here, so that a promise just created is known when it is judged.
        freshness.awaitPosition(minPosition(request), Processors.COMMITMENTS);
        String promiseId = variables.containsKey("promiseId") ? variables.get("promiseId")
                : readers.promiseOf(variables.get("commitmentId")).orElse(null);
        if (promiseId == null) {
            return true;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Member member = who == null ? Member.of(List.of()) : Member.of(who.getAuthorities());
        if (readers.reads(member, promiseId, open != null).orElse(true)) {
            return true;
        }
        NotAReader refused = new NotAReader(promiseId);
        events.accessDenied(request, who, refused.getMessage());
        throw refused;
    }

    /** The handler checks the parameter and says what is wrong with it; here a bad one only means no wait. */
    private static Long minPosition(HttpServletRequest request) {
        try {
            String value = request.getParameter("minPosition");
            return value == null ? null : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
