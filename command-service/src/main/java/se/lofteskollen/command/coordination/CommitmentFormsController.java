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
import se.lofteskollen.command.commitment.CommitmentController.BaselineRequest;
import se.lofteskollen.command.commitment.CommitmentController.MilestoneRequest;
import se.lofteskollen.command.commitment.CommitmentController.RevisionRequest;
import se.lofteskollen.command.commitment.CommitmentController.StatusNoteRequest;
import se.lofteskollen.command.commitment.CommitmentController.WithdrawalRequest;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.security.Member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The forms that change one commitment: revise it (with its reason), withdraw it, set its baseline, report a
 * milestone reached and add a status note. Each sends the command its API endpoint sends, built by the API's own
 * request record, through {@link FormCommands}; a refused one comes back with what was typed and the refusal by its
 * field, a sent one leads back to the start page, which confirms it.
 */
@Controller
@BrowserPage
@RequestMapping(StartPage.BASE + "/commitments/{commitmentId}")
class CommitmentFormsController {

    private static final String REVISE = "command/pages/coordinate-revise";
    private static final String WITHDRAW = "command/pages/coordinate-withdraw";
    private static final String BASELINE = "command/pages/coordinate-baseline";
    private static final String MILESTONE = "command/pages/coordinate-milestone";
    private static final String NOTE = "command/pages/coordinate-note";

    private final CoordinatedPromises coordinated;
    private final FormCommands forms;
    private final CommandRequests commands;
    private final CurrentIdentity identity;
    private final CommitmentFormWords words;

    CommitmentFormsController(CoordinatedPromises coordinated, FormCommands forms, CommandRequests commands,
                              CurrentIdentity identity, CommitmentFormWords words) {
        this.coordinated = coordinated;
        this.forms = forms;
        this.commands = commands;
        this.identity = identity;
        this.words = words;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    @GetMapping("/revise")
    String revise(@PathVariable String commitmentId, Model model, HttpServletResponse response) {
        return shown(commitmentId, REVISE, RevisionForm::of, model, response);
    }

    @PostMapping("/revise")
    String revise(@PathVariable String commitmentId, @ModelAttribute("form") RevisionForm form, Model model,
                  RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        RevisionRequest request = form.request(unread, words);
        return answered(commitmentId, () -> forms.send(request, unread, form.fields(), FormCommands.FORM,
                        () -> commands.change(request.command(commitmentId), "commitmentId", commitmentId), http),
                REVISE, form, commitment -> words.say("coordination.confirm.revised", commitment.code()), model, redirect, response);
    }

    @GetMapping("/withdraw")
    String withdraw(@PathVariable String commitmentId, Model model, HttpServletResponse response) {
        return shown(commitmentId, WITHDRAW, commitment -> new WithdrawalForm(null), model, response);
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable String commitmentId, @ModelAttribute("form") WithdrawalForm form, Model model,
                    RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        WithdrawalRequest request = form.request();
        return answered(commitmentId, () -> forms.send(request, Map.of(), RequestFields.plain(), FormCommands.FORM,
                        () -> commands.change(request.command(commitmentId), "commitmentId", commitmentId), http),
                WITHDRAW, form, commitment -> words.say("coordination.confirm.withdrawn", commitment.code()), model, redirect,
                response);
    }

    @GetMapping("/baseline")
    String baseline(@PathVariable String commitmentId, Model model, HttpServletResponse response) {
        return shown(commitmentId, BASELINE, BaselineForm::of, model, response);
    }

    @PostMapping("/baseline")
    String baseline(@PathVariable String commitmentId, @ModelAttribute("form") BaselineForm form, Model model,
                    RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        BaselineRequest request = form.request(unread, words);
        return answered(commitmentId, () -> forms.send(request, unread, RequestFields.plain(), FormCommands.FORM,
                        () -> commands.change(request.command(commitmentId), "commitmentId", commitmentId), http),
                BASELINE, form, commitment -> words.say("coordination.confirm.baseline", commitment.code()), model, redirect,
                response);
    }

    @GetMapping("/milestone")
    String milestone(@PathVariable String commitmentId, Model model, HttpServletResponse response) {
        return shown(commitmentId, MILESTONE, commitment -> MilestoneForm.of(commitment,
                yearOf(commitment), commands.today()), model, response);
    }

    @PostMapping("/milestone")
    String milestone(@PathVariable String commitmentId, @ModelAttribute("form") MilestoneForm form, Model model,
                     RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        Map<String, String> unread = new LinkedHashMap<>();
        MilestoneRequest request = form.request(unread, words);
        return answered(commitmentId, () -> forms.send(request, unread, RequestFields.plain(), FormCommands.FORM,
                        () -> commands.change(request.command(commitmentId, commands.today()), "commitmentId",
                                commitmentId), http),
                MILESTONE, form, commitment -> words.say("coordination.confirm.milestone", form.milestone(),
                        commitment.code()), model, redirect, response);
    }

    @GetMapping("/note")
    String note(@PathVariable String commitmentId, Model model, HttpServletResponse response) {
        return shown(commitmentId, NOTE, commitment -> StatusNoteForm.blank(), model, response);
    }

    @PostMapping("/note")
    String note(@PathVariable String commitmentId, @ModelAttribute("form") StatusNoteForm form, Model model,
                RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
        StatusNoteRequest request = form.request();
        return answered(commitmentId, () -> forms.send(request, Map.of(), RequestFields.plain(), FormCommands.FORM,
                        () -> {
                            // The form's token is its idempotency key, as the API's header would be.
                            String noteId = commands.idFor(null, form.token());
                            return commands.change(request.command(commitmentId, noteId), "commitmentId", commitmentId,
                                    noteId);
                        }, http),
                NOTE, form, commitment -> words.say("coordination.confirm.note", commitment.code()), model, redirect,
                response);
    }

    private String shown(String commitmentId, String view, Function<CommitmentNow, Object> form, Model model,
                         HttpServletResponse response) {
        Member member = identity.get().member();
        if (!Answers.coordinator(member, response)) {
            return Answers.NOT_COORDINATOR;
        }
        Optional<CommitmentNow> commitment = coordinated.commitment(commitmentId, member);
        if (commitment.isEmpty()) {
            return Answers.missing(response, model, HttpStatus.NOT_FOUND,
                    words.say("coordination.missing.commitment", commitmentId));
        }
        return show(view, commitment.get(), form.apply(commitment.get()), Map.of(), model);
    }

    /** Sent: back to the promise, confirmed. Refused: the form again, as typed, with what was refused by its field. */
    private String answered(String commitmentId, Supplier<FormCommands.Outcome> send, String view, Object form,
                            Function<CommitmentNow, String> confirmation, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        Member member = identity.get().member();
        if (!Answers.coordinator(member, response)) {
            return Answers.NOT_COORDINATOR;
        }
        FormCommands.Outcome outcome = send.get();
        Optional<CommitmentNow> commitment = coordinated.commitment(commitmentId, member);
        if (outcome.ok()) {
            return Answers.confirmed(redirect, commitment.map(confirmation).orElseGet(() -> words.say("coordination.confirm.saved")),
                    outcome.accepted(), commitment.map(CommitmentNow::promiseId).orElse(null));
        }
        if (commitment.isEmpty()) {
            return Answers.missing(response, model, outcome.notPermitted() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
                    words.say("coordination.missing.commitment.notSaved", commitmentId));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(view, commitment.get(), form, outcome.errors(), model);
    }

    private String show(String view, CommitmentNow commitment, Object form, Map<String, String> errors, Model model) {
        PromiseNow promise = coordinated.promise(commitment.promiseId(), identity.get().member()).orElseThrow();
        model.addAttribute("promise", promise);
        model.addAttribute("commitment", commitment);
        model.addAttribute("targets", commitment.targets().stream().map(target -> StartPage.words(target, commitment, words)).toList());
        model.addAttribute("back", StartPage.BASE + "?lofte=" + promise.promiseId());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("measures", words.choices());
        model.addAttribute("parties", promise.parties());
        return view;
    }

    private int yearOf(CommitmentNow commitment) {
        return coordinated.promise(commitment.promiseId(), identity.get().member()).map(PromiseNow::year)
                .orElse(commands.today().getYear());
    }
}
