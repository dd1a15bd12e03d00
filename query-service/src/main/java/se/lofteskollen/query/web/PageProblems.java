package se.lofteskollen.query.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.lofteskollen.platform.pages.BrowserPage;

/**
 * An unknown promise or commitment on a page, or one of another organisation's promises, is a Swedish page that says
 * so, not the API's problem+json ({@link ApiProblems} answers the API). Ordered first, so that it wins for the page
 * controllers (those marked {@link BrowserPage}) over the platform's page for other failures.
 */
@ControllerAdvice(annotations = BrowserPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "query/pages/not-found";
    }

    @ExceptionHandler(NotAReader.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAReader() {
        return "query/pages/not-a-reader";
    }
}
