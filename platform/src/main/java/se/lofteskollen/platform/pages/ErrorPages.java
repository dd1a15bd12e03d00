package se.lofteskollen.platform.pages;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser gets for an error, in Swedish, in the look of the service it asked: what happened in words a
 * reader can act on, and where to go on. No exception, message or stack trace is shown, as in the API's answers.
 */
public class ErrorPages {

    /** What a page says about one error. */
    record Wording(String title, String explanation) {
    }

    private final String stylesheet;
    private final String home;

    ErrorPages(String stylesheet, String home) {
        this.stylesheet = stylesheet;
        this.home = home;
    }

    /** The page for {@code status}; {@code cause} (may be null) tells an expired form from other refusals. */
    public ModelAndView of(HttpStatus status, Throwable cause) {
        Wording wording = wording(status, cause);
        ModelAndView page = new ModelAndView("platform/error", status);
        page.addObject("stylesheet", stylesheet);
        page.addObject("home", home);
        page.addObject("status", status.value());
        page.addObject("title", wording.title());
        page.addObject("explanation", wording.explanation());
        return page;
    }

    static Wording wording(HttpStatus status, Throwable cause) {
        if (cause instanceof CsrfException) {
            return new Wording("Formuläret har gått ut",
                    "Sidan du skickade från hade legat öppen länge, eller så loggades du ut under tiden. Inget sparades."
                            + " Gå tillbaka, ladda om sidan och skicka igen.");
        }
        switch (status) {
            case BAD_REQUEST:
                return new Wording("Adressen eller formuläret kunde inte läsas",
                        "Något i adressen eller i det du skickade har fel form, till exempel ett datum som inte är"
                                + " ÅÅÅÅ-MM-DD. Inget sparades. Gå tillbaka och försök igen.");
            case UNAUTHORIZED:
            case FORBIDDEN:
                return new Wording("Du har inte behörighet till den här sidan",
                        "Sidan hör till en annan organisation eller en annan roll än din. Be den som samordnar"
                                + " medborgarlöftet hos er om behörighet om du behöver den.");
            case NOT_FOUND:
                return new Wording("Sidan finns inte",
                        "Adressen leder inte till någon sida här. Den kan vara felskriven, eller så har sidan flyttats.");
            case METHOD_NOT_ALLOWED:
                return new Wording("Det går inte att göra så här på sidan",
                        "Sidan tar inte emot det webbläsaren skickade. Gå tillbaka och använd sidans egna knappar.");
            case PAYLOAD_TOO_LARGE:
                return new Wording("Det du skickade var för stort",
                        "Inget sparades. Dela upp det i mindre delar och skicka igen.");
            default:
                return status.is4xxClientError()
                        ? new Wording("Det gick inte att göra det du bad om",
                        "Inget sparades. Gå tillbaka och försök igen.")
                        : new Wording("Något gick fel hos oss",
                        "Försök igen om en stund. Om felet finns kvar, kontakta den som driver tjänsten hos er.");
        }
    }
}
