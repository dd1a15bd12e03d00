package se.lofteskollen.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/**
 * A path that leads nowhere: the Swedish page for a browser, which asks for HTML, problem details for anyone else
 * (the services' API advice would answer everyone with those). Ordered before the API advice.
 */
@ControllerAdvice
@Order(0)
class UnknownPaths {

    private final ErrorPages pages;

    UnknownPaths(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(NoResourceFoundException missing) {
        return pages.of(HttpStatus.NOT_FOUND, missing);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "nothing here");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
