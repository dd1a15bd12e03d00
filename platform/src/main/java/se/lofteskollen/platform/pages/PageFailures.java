package se.lofteskollen.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What fails in a {@link BrowserPage} controller and the controller does not answer itself: a Swedish page with the
 * status the failure names (a bad value in the address is 400, a refusal 403), and 500 for the unexpected, which is
 * logged. Ordered after a service's own page advice (which names its pages' not-found and not-a-reader) and before
 * its API advice, which answers problem+json.
 */
@ControllerAdvice(annotations = BrowserPage.class)
@Order(0)
class PageFailures {

    private static final Logger log = LoggerFactory.getLogger(PageFailures.class);

    private final ErrorPages pages;

    PageFailures(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse answer && HttpStatus.resolve(answer.getStatusCode().value()) != null) {
            return pages.of(HttpStatus.resolve(answer.getStatusCode().value()), failure);
        }
        if (failure instanceof TypeMismatchException || failure instanceof HttpMessageNotReadableException) {
            return pages.of(HttpStatus.BAD_REQUEST, failure);
        }
        if (failure instanceof AccessDeniedException) {
            return pages.of(HttpStatus.FORBIDDEN, failure);
        }
        log.error("Unexpected failure of page {} {}", request.getMethod(), request.getRequestURI().replaceAll("[\\r\\n]", "_"),
                failure);
        return pages.of(HttpStatus.INTERNAL_SERVER_ERROR, failure);
    }
}
