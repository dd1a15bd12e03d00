package se.lofteskollen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals that can surface in any controller of either service, answered before the service's own advice
 * sees them. Spring Security's firewall checks parameter names only when they are read (a form body whose
 * "names" hold line breaks, say): that is malformed input, 400, not a failure of the service.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlatformProblems {

    private final SecurityEventLog events;

    public PlatformProblems(SecurityEventLog events) {
        this.events = events;
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException rejected, HttpServletRequest request) {
        events.accessDenied(request, null, "request rejected by the firewall");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request's URL, headers or parameters are not acceptable");
        problem.setTitle("Invalid request");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
