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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import se.lofteskollen.command.commitment.CommitmentController.PledgeRequest;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.promise.PromiseController.ClosingRequest;
import se.lofteskollen.command.promise.PromiseController.SigningRequest;
import se.lofteskollen.command.report.Reporting;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.pages.OtherService;
import se.lofteskollen.platform.security.Member;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The forms that work on a whole promise: pledge a new commitment, sign the promise, retract one of its reports and
 * close its year with a summary. Each sends the command its API endpoint sends, built by the API's own request
 * record, through {@link FormCommands}; a refused one comes back with what was typed and the refusal by its field.
 */
@Controller
@BrowserPage
@RequestMapping(StartPage.BASE + "/promises/{promiseId}")
class PromiseFormsController {

    private static final String PLEDGE = "command/pages/coordinate-pledge";
    private static final String SIGN = "command/pages/coordinate-sign";
    private static final String CLOSE = "command/pages/coordinate-close";
    private static final String RETRACT = "command/pages/coordinate-retract";

    private final CoordinatedPromises coordinated;
    /** Where the promise's reports are listed, on the query-service; null when the pages know no such address. */
    private final String queryService;
    private final FormCommands forms;
    private final CommandRequests commands;
    private final Reporting reporting;
    private final CurrentIdentity identity;
    private final CommitmentFormWords words;

    PromiseFormsController(CoordinatedPromises coordinated, FormCommands forms,
                           CommandRequests commands, Reporting reporting, CurrentIdentity identity,
                           CommitmentFormWords words, OtherService otherService) {
        this.coordinated = coordinated;
        this.queryService = otherService.queryService();
        this.forms = forms;
        this.commands = commands;
        this.reporting = reporting;
        this.identity = identity;
        this.words = words;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    @GetMapping("/pledge")
    String pledge(@PathVariable String promiseId, Model model, HttpServletResponse response) {
        return shown(promiseId, PLEDGE, PledgeForm.blank(), model, response);
    }

    @PostMapping("/pledge")
    String pledge(@PathVariable String promiseId, @ModelAttribute("form") PledgeForm form, Model model,
                  RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        PledgeRequest request = form.request(unread, words);
        return answered(promiseId, () -> forms.send(request, unread, form.fields(), FormCommands.FORM, () -> {
                    PledgeCommitment pledge = request.command(promiseId);
                    return commands.create(pledge, "commitmentId", pledge.commitmentId());
                }, http),
                PLEDGE, form, words.say("coordination.confirm.pledged", form.code()), model, redirect, response);
    }

    @GetMapping("/sign")
    String sign(@PathVariable String promiseId, Model model, HttpServletResponse response) {
        return shown(promiseId, SIGN, SigningForm.of(commands.today()), model, response);
    }

    @PostMapping("/sign")
    String sign(@PathVariable String promiseId, @ModelAttribute("form") SigningForm form, Model model,
                RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        SigningRequest request = form.request(unread, words);
        return answered(promiseId, () -> forms.send(request, unread, form.fields(), FormCommands.FORM,
                        () -> commands.change(request.command(promiseId, commands.today()), "promiseId", promiseId), http),
                SIGN, form, words.say("coordination.confirm.signed"), model, redirect, response);
    }

    @GetMapping("/close")
    String close(@PathVariable String promiseId, Model model, HttpServletResponse response) {
        return shown(promiseId, CLOSE, ClosingForm.of(commands.today()), model, response);
    }

    @PostMapping("/close")
    String close(@PathVariable String promiseId, @ModelAttribute("form") ClosingForm form, Model model,
                 RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        ClosingRequest request = form.request(unread, words);
        return answered(promiseId, () -> forms.send(request, unread, RequestFields.plain(), FormCommands.FORM,
                        () -> commands.change(request.command(promiseId, commands.today()), "promiseId", promiseId), http),
                CLOSE, form, words.say("coordination.confirm.closed"), model, redirect, response);
    }

    @GetMapping("/retract")
    String retract(@PathVariable String promiseId, Model model, HttpServletResponse response) {
        return shown(promiseId, RETRACT, new RetractionForm(null, null), model, response);
    }

    @PostMapping("/retract")
    String retract(@PathVariable String promiseId, @ModelAttribute("form") RetractionForm form, Model model,
                   RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        String reportId = form.chosenReport();
        Map<String, String> unread = reportId == null
                ? Map.of("reportId", words.say("coordination.unread.report")) : Map.of();
        return answered(promiseId, () -> forms.send(form.request(), unread, RequestFields.plain(), "reportId",
                        () -> reporting.retract(reportId, form.request()), http),
                RETRACT, form, words.say("coordination.confirm.retracted"), model,
                redirect, response);
    }

    private String shown(String promiseId, String view, Object form, Model model, HttpServletResponse response) {
        Member member = identity.get().member();
        if (!Answers.coordinator(member, response)) {
            return Answers.NOT_COORDINATOR;
        }
        Optional<PromiseNow> promise = coordinated.promise(promiseId, member);
        if (promise.isEmpty()) {
            return Answers.missing(response, model, HttpStatus.NOT_FOUND,
                    words.say("coordination.missing.promise", promiseId));
        }
        return show(view, promise.get(), form, Map.of(), model);
    }

    /** Sent: back to the promise, confirmed. Refused: the form again, as typed, with what was refused by its field. */
    private String answered(String promiseId, Supplier<FormCommands.Outcome> send, String view, Object form,
                            String confirmation, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Member member = identity.get().member();
        if (!Answers.coordinator(member, response)) {
            return Answers.NOT_COORDINATOR;
        }
        FormCommands.Outcome outcome = send.get();
        Optional<PromiseNow> promise = coordinated.promise(promiseId, member);
        if (outcome.ok()) {
            return Answers.confirmed(redirect, confirmation, outcome.accepted(), promise.map(PromiseNow::promiseId).orElse(null));
        }
        if (promise.isEmpty()) {
            return Answers.missing(response, model, outcome.notPermitted() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
                    words.say("coordination.missing.promise.notSaved", promiseId));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(view, promise.get(), form, outcome.errors(), model);
    }

    private String show(String view, PromiseNow promise, Object form, Map<String, String> errors, Model model) {
        model.addAttribute("promise", promise);
        model.addAttribute("back", StartPage.BASE + "?lofte=" + promise.promiseId());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("measures", words.choices());
        model.addAttribute("parties", promise.parties());
        if (view.equals(RETRACT) && queryService != null) {
            model.addAttribute("reportsList", queryService + "/dashboard/"
                    + UriUtils.encodePathSegment(promise.promiseId(), StandardCharsets.UTF_8) + "/rapporter");
        }
        return view;
    }
}
