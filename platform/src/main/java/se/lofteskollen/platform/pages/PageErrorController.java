package se.lofteskollen.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import se.lofteskollen.platform.security.ProblemErrorController;

/**
 * The container's error page of a service with pages: a browser, which asks for HTML, gets the Swedish page of
 * {@link ErrorPages} (a form whose CSRF token expired, a path that leads nowhere, a failure outside any controller);
 * API clients keep the problem details.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PageErrorController extends ProblemErrorController {

    private final ErrorPages pages;

    PageErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        Object refusal = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        return pages.of(statusOf(request), refusal instanceof Throwable cause ? cause : null);
    }
}
