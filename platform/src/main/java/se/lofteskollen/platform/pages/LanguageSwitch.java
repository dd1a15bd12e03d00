package se.lofteskollen.platform.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.platform.security.KeptForms;

import java.util.Locale;

/**
 * The link in every page's header to the same page in the other language: the page's address with {@code lang}
 * set, so that what the reader was looking at (a date, a search, a page of a list) stays. Its words are in the
 * language they name, marked so ({@code lang}), as a reader who does not read the page's language looks for them.
 */
@ControllerAdvice(annotations = BrowserPage.class)
public class LanguageSwitch {

    /** {@code href} leads to the page in {@code lang}, whose own name for itself is {@code label}. */
    public record Link(String href, String label, String lang) {
    }

    @ModelAttribute("languageSwitch")
    public Link languageSwitch() {
        return current();
    }

    /** The link for the request being answered; none outside one. */
    public static Link current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes answering)) {
            return null;
        }
        HttpServletRequest request = answering.getRequest();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return to(failed != null ? failed.toString() : request.getRequestURI(),
                failed != null ? null : request.getQueryString());
    }

    /** The link from the page at {@code path} (as sent, with its {@code query}, or null). */
    static Link to(String path, String query) {
        Locale other = PageLanguage.nearest(LocaleContextHolder.getLocale()).equals(PageLanguage.ENGLISH)
                ? PageLanguage.SWEDISH : PageLanguage.ENGLISH;
        // As sent: already encoded, so built without encoding again. A kept form's draft is shown once, already
        // taken: the other language is the form as new, not "what you typed is gone".
        String href = UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(KeptForms.PARAMETER)
                .replaceQueryParam(PageLanguage.PARAMETER, other.getLanguage())
                .build().toUriString();
        return new Link(href, other.equals(PageLanguage.ENGLISH) ? "English" : "Svenska", other.getLanguage());
    }
}
