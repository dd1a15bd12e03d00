package se.lofteskollen.command.draft.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.lofteskollen.command.draft.PromiseDraft;
import se.lofteskollen.command.draft.PublishedText;
import se.lofteskollen.command.draft.Renewals;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.security.Roles;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The coordinator's page for a promise drafted from its published text: paste the text (or choose the file), correct
 * the draft, and create the promise and its commitments with "Skapa löftet". Nothing is stored before that: the draft
 * travels in the form, and only the ordinary commands create the promise, as {@link DraftSubmission} sends them.
 */
@Controller
@BrowserPage
@RequestMapping("/report/promises/draft")
class DraftPageController {

    private static final String START = "command/pages/draft-start";
    private static final String REVIEW = "command/pages/draft-review";
    private static final String CREATED = "command/pages/draft-created";
    private static final String NOT_COORDINATOR = "command/pages/not-coordinator";

    /** Shown once the promise and every commitment kept are stored. */
    public record Created(String promiseId, int commitments) {
    }

    private final DraftSubmission submission;
    private final Renewals renewals;
    private final CurrentIdentity identity;
    private final CommitmentFormWords words;
    private final DraftRefusals refusals;

    DraftPageController(DraftSubmission submission, Renewals renewals, CurrentIdentity identity,
                        CommitmentFormWords words, DraftRefusals refusals) {
        this.submission = submission;
        this.renewals = renewals;
        this.identity = identity;
        this.words = words;
        this.refusals = refusals;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    /** The start: a text to read, or one of the coordinator's promises to renew for next year ("Förnya"). */
    @GetMapping
    String start(Model model, HttpServletResponse response) {
        if (!coordinates(response)) {
            return NOT_COORDINATOR;
        }
        model.addAttribute("renewable", renewals.renewableBy(identity.get().member()));
        return START;
    }

    /** "Förnya": next year's promise drafted from this one into the same form, to correct and create. */
    @GetMapping("/renewal/{promiseId}")
    String renewal(@PathVariable String promiseId, Model model, HttpServletResponse response) {
        if (!coordinates(response)) {
            return NOT_COORDINATOR;
        }
        PromiseDraft draft;
        try {
            draft = renewals.draftFor(promiseId, identity.get().member());
        } catch (NotFound | NotPermitted | Conflict refused) {
            response.setStatus(refused instanceof NotFound ? HttpStatus.NOT_FOUND.value()
                    : refused instanceof NotPermitted ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
            model.addAttribute("renewalError", words.say(refused instanceof NotFound ? "draft.renewal.none"
                    : refused instanceof NotPermitted ? "draft.renewal.notTheirs" : "draft.renewal.done", promiseId));
            model.addAttribute("renewable", renewals.renewableBy(identity.get().member()));
            return START;
        }
        DraftForm form = DraftForm.of(draft, null, UUID.randomUUID().toString(), identity.get().member().organisations());
        return review(form, DraftReading.of(draft, words), null, Map.of(), model);
    }

    /** The text pasted, or the file chosen (which wins when both are given), read into the form to correct. */
    @PostMapping
    String read(@RequestParam(name = "text", required = false) String pasted,
                @RequestParam(name = "file", required = false) MultipartFile file,
                Model model, HttpServletResponse response) throws IOException {
        if (!coordinates(response)) {
            return NOT_COORDINATOR;
        }
        String text = pasted;
        try {
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > PublishedText.MAX_BYTES) {
                    throw new InvalidCommand(PublishedText.FIELD, "refusal.draft.fileTooLarge");
                }
                text = fromFile(file.getBytes());
            } else if (text != null && text.getBytes(StandardCharsets.UTF_8).length > PublishedText.MAX_BYTES) {
                throw new InvalidCommand(PublishedText.FIELD, "refusal.draft.textTooLong");
            }
            PromiseDraft draft = PublishedText.draft(text);
            DraftForm form = DraftForm.of(draft, text, UUID.randomUUID().toString(),
                    identity.get().member().organisations());
            return review(form, DraftReading.of(draft, words), null, Map.of(), model);
        } catch (InvalidCommand refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("text", text);
            model.addAttribute("textError", refusals.say(refused));
            return START;
        }
    }

    /** "Skapa löftet" sends the commands; "Uppdatera" only shows the form again, with the rows it adds. */
    @PostMapping("/confirm")
    String confirm(@ModelAttribute("form") DraftForm form,
                   @RequestParam(name = "check", required = false) String check,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!coordinates(response)) {
            return NOT_COORDINATOR;
        }
        DraftReading reading = reading(form.text());
        if (check != null) {
            return review(form, reading, null, Map.of(), model);
        }
        DraftSubmission.Outcome outcome = submission.confirm(form);
        if (outcome.complete()) {
            redirect.addFlashAttribute("created", new Created(outcome.promiseId(), outcome.stored().size()));
            return "redirect:/report/promises/draft/created";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return review(form, reading, outcome, outcome.errors(), model);
    }

    /** The confirmation, once, after the redirect; opened again later it leads to a new draft. */
    @GetMapping("/created")
    String created(Model model, HttpServletResponse response) {
        if (!coordinates(response)) {
            return NOT_COORDINATOR;
        }
        return model.containsAttribute("created") ? CREATED : "redirect:/report/promises/draft";
    }

    private String review(DraftForm form, DraftReading reading, DraftSubmission.Outcome outcome,
                          Map<String, String> errors, Model model) {
        model.addAttribute("form", form.withRoomToAdd());
        model.addAttribute("reading", reading);
        model.addAttribute("outcome", outcome);
        model.addAttribute("stored", outcome == null ? Set.of() : new HashSet<>(outcome.stored()));
        model.addAttribute("errors", errors);
        model.addAttribute("problems", ErrorSummary.of(errors, form, words));
        model.addAttribute("measures", words.choices());
        return REVIEW;
    }

    /** What was read from the text the form carries; a text made unreadable (or too long) by hand shows no readings. */
    private DraftReading reading(String text) {
        if (text == null || text.length() > PublishedText.MAX_BYTES) {
            return new DraftReading(List.of(), Map.of(), List.of(), List.of());
        }
        try {
            return DraftReading.of(PublishedText.draft(text), words);
        } catch (InvalidCommand unreadable) {
            return new DraftReading(List.of(), Map.of(), List.of(), List.of());
        }
    }

    /** A file saved as UTF-8 (with or without a byte order mark), else as Windows-1252, as Swedish Windows saves text. */
    private static String fromFile(byte[] bytes) {
        try {
            return PublishedText.decoded(bytes, StandardCharsets.UTF_8);
        } catch (InvalidCommand notUtf8) {
            return PublishedText.decoded(bytes, Charset.forName("windows-1252"));
        }
    }

    private boolean coordinates(HttpServletResponse response) {
        if (identity.get().member().is(Roles.COORDINATOR)) {
            return true;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return false;
    }
}
