package se.lofteskollen.command.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.report.Reporting;
import se.lofteskollen.command.report.Reporting.RetractionRequest;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.security.Member;

import java.util.Map;

/**
 * One report retracted, and why, by whoever may: a reporter of the organisation that made it, or a coordinator of
 * its promise. "Mina rapporter" on the query-service links each of the organisation's reports here. The command
 * bus decides who may, as for the API.
 */
@Controller
@BrowserPage
@RequestMapping("/report/reports/{reportId}/retract")
class ReportRetractionController {

    static final String VIEW = "command/pages/retract-report";

    /** The reason, as typed. */
    record ReasonForm(String reason) {
    }

    private final FormCommands forms;
    private final Reporting reporting;
    private final CurrentIdentity identity;
    private final CommitmentFormWords words;

    ReportRetractionController(FormCommands forms, Reporting reporting, CurrentIdentity identity,
                               CommitmentFormWords words) {
        this.forms = forms;
        this.reporting = reporting;
        this.identity = identity;
        this.words = words;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    @GetMapping
    String form(@PathVariable String reportId, Model model, HttpServletResponse response) {
        if (!mayRetract(identity.get().member())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "command/pages/not-reporter";
        }
        return shown(reportId, new ReasonForm(null), Map.of(), false, model);
    }

    @PostMapping
    String retract(@PathVariable String reportId, @ModelAttribute("form") ReasonForm form, Model model,
                   HttpServletRequest http, HttpServletResponse response) {
        if (!mayRetract(identity.get().member())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "command/pages/not-reporter";
        }
        RetractionRequest request = new RetractionRequest(Typed.trimmed(form.reason()));
        Map<String, String> unread = Typed.blank(form.reason())
                ? Map.of("reason", words.say("coordination.unread.reason")) : Map.of();
        FormCommands.Outcome outcome = forms.send(request, unread, field -> field.equals("reportId") ? FormCommands.FORM : field,
                FormCommands.FORM, () -> reporting.retract(reportId, request), http);
        if (outcome.ok()) {
            return shown(reportId, new ReasonForm(null), Map.of(), true, model);
        }
        response.setStatus(outcome.notPermitted() ? HttpStatus.FORBIDDEN.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
        return shown(reportId, form, outcome.errors(), false, model);
    }

    /** Reporters and coordinators; the command bus then decides whether this report is theirs to retract. */
    private static boolean mayRetract(Member member) {
        return member.reports();
    }

    private static String shown(String reportId, ReasonForm form, Map<String, String> errors, boolean retracted,
                                Model model) {
        model.addAttribute("reportId", reportId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("retracted", retracted);
        return VIEW;
    }
}
