package se.lofteskollen.platform.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;

/**
 * The page a browser gets for an error, in the reader's language (PageLanguage), in the look of the service it asked: what happened in words a
 * reader can act on, and where to go on. No exception, message or stack trace is shown, as in the API's answers.
 */
public class ErrorPages {

    /** The message keys of what a page says about one error. */
    record Wording(String title, String explanation) {
        static Wording of(String error) {
            return new Wording("error." + error + ".title", "error." + error + ".explanation");
        }
    }

    private final String stylesheet;
    private final String home;
    private final MessageSource messages;

    ErrorPages(String stylesheet, String home, MessageSource messages) {
        this.stylesheet = stylesheet;
        this.home = home;
        this.messages = messages;
    }

    /** The page for {@code status}; {@code cause} (may be null) tells an expired form from other refusals. */
    public ModelAndView of(HttpStatus status, Throwable cause) {
        Wording wording = wording(status, cause);
        ModelAndView page = new ModelAndView("platform/error", status);
        page.addObject("stylesheet", stylesheet);
        page.addObject("home", home);
        page.addObject("status", status.value());
        Locale language = LocaleContextHolder.getLocale();
        page.addObject("title", messages.getMessage(wording.title(), null, language));
        page.addObject("explanation", messages.getMessage(wording.explanation(), null, language));
        page.addObject("languageSwitch", LanguageSwitch.current());
        return page;
    }

    /** The keys of what a page says about {@code status}; {@code cause} tells an expired form from other refusals. */
    static Wording wording(HttpStatus status, Throwable cause) {
        if (cause instanceof CsrfException) {
            return Wording.of("csrf");
        }
        return switch (status) {
            case BAD_REQUEST -> Wording.of("400");
            case UNAUTHORIZED, FORBIDDEN -> Wording.of("403");
            case NOT_FOUND -> Wording.of("404");
            case METHOD_NOT_ALLOWED -> Wording.of("405");
            case PAYLOAD_TOO_LARGE -> Wording.of("413");
            default -> Wording.of(status.is4xxClientError() ? "4xx" : "5xx");
        };
    }
}
