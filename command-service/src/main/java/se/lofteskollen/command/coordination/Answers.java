package se.lofteskollen.command.coordination;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.io.Serializable;

/** How the coordinator's pages answer besides their forms: not a coordinator, nothing of theirs, or done. */
final class Answers {

    static final String NOT_COORDINATOR = "command/pages/not-coordinator";
    static final String MISSING = "command/pages/coordinate-missing";

    /**
     * What the start page says after a form was sent (post, redirect, get: reloading sends nothing again).
     *
     * @param position the event's position in the event store, for a client that waits until the query side has it
     */
    record Confirmation(String message, long position) implements Serializable {
    }

    private Answers() {
    }

    /** Only coordinators work here; anyone else gets the page that says so, with 403. */
    static boolean coordinator(Member member, HttpServletResponse response) {
        if (member.is(Roles.COORDINATOR)) {
            return true;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return false;
    }

    /** A promise or commitment that is none of the coordinator's (or none at all): they are told so, and shown nothing of it. */
    static String missing(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("message", message);
        return MISSING;
    }

    /** {@code promiseId}: the promise the start page then shows; null for the list of promises. */
    static String confirmed(RedirectAttributes redirect, String message, Accepted accepted, String promiseId) {
        redirect.addFlashAttribute("confirmation", new Confirmation(message, accepted.position()));
        return "redirect:" + StartPage.BASE + (promiseId == null ? "" : "?lofte=" + promiseId);
    }
}
