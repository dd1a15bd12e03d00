package se.lofteskollen.command.coordination;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.security.Member;

import java.util.List;

/** The coordinator's start page: their promises, and the chosen one's commitments with the forms that change them. */
@Controller
@BrowserPage
@RequestMapping(StartPage.BASE)
class CoordinationController {

    private final CoordinatedPromises coordinated;
    private final CurrentIdentity identity;
    private final CommitmentFormWords words;

    CoordinationController(CoordinatedPromises coordinated, CurrentIdentity identity, CommitmentFormWords words) {
        this.coordinated = coordinated;
        this.identity = identity;
        this.words = words;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    /** {@code lofte}: the promise chosen; the only one, when the coordinator works in one. */
    @GetMapping
    String start(@RequestParam(name = "lofte", required = false) String promiseId, Model model,
                 HttpServletResponse response) {
        Member member = identity.get().member();
        if (!Answers.coordinator(member, response)) {
            return Answers.NOT_COORDINATOR;
        }
        List<PromiseNow> promises = coordinated.of(member);
        PromiseNow chosen = null;
        if (promiseId != null) {
            chosen = promises.stream().filter(promise -> promise.promiseId().equals(promiseId)).findFirst().orElse(null);
            if (chosen == null) {
                return Answers.missing(response, model, HttpStatus.NOT_FOUND,
                        words.say("coordination.missing.promise", promiseId));
            }
        } else if (promises.size() == 1) {
            chosen = promises.get(0);
        }
        model.addAttribute("page", StartPage.of(promises, chosen,
                chosen == null ? List.of() : coordinated.commitmentsOf(chosen), words));
        return "command/pages/coordinate";
    }
}
