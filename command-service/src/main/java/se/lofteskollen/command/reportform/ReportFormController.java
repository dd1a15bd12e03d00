package se.lofteskollen.command.reportform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.platform.pages.PageWords;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.security.KeptForms;
import se.lofteskollen.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The phone-friendly report form for staff: pick a commitment your organisation answers for, say what you did
 * and when, and send. A sent report is confirmed on a fresh form (post, redirect, get: reloading the page sends
 * nothing again); a refused one comes back with the rule's answer by the field it concerns.
 */
@Controller
@BrowserPage
@RequestMapping("/report")
class ReportFormController {

    private final ReportableCommitments commitments;
    private final ReportableMilestones milestones;
    private final ReportSubmission submission;
    private final CurrentIdentity identity;
    private final Clock clock;
    private final PageWords words;
    private final KeptForms keptForms;

    ReportFormController(ReportableCommitments commitments, ReportableMilestones milestones, ReportSubmission submission,
                         CurrentIdentity identity, Clock clock, PageWords words, KeptForms keptForms) {
        this.commitments = commitments;
        this.milestones = milestones;
        this.submission = submission;
        this.identity = identity;
        this.clock = clock;
        this.words = words;
        this.keptForms = keptForms;
    }

    /** Blank fields are absent, and text is taken without the spaces around it. */
    @InitBinder("form")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    /** A coordinator is offered the page that creates a promise from its published text. */
    @ModelAttribute("coordinates")
    boolean coordinates() {
        return identity.get().member().is(Roles.COORDINATOR);
    }

    @GetMapping
    String form(@RequestParam(name = "lofte", required = false) String commitmentId,
                @RequestParam(name = "typ", required = false) String kind,
                @RequestParam(name = "datum", required = false) String date,
                @RequestParam(name = KeptForms.PARAMETER, required = false) String draft,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        Identity user = identity.get();
        if (!ReportableCommitments.reports(user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "command/pages/not-reporter";
        }
        List<ReportableCommitments.Choice> choices = commitments.of(user);
        if (draft != null) {
            // The form was posted after its session or token expired: nothing was sent, and what was typed is back.
            Optional<Map<String, List<String>>> kept = keptForms.take(draft, request);
            model.addAttribute("restored", kept.isPresent() ? "reportform.restored" : "reportform.restoreLost");
            if (kept.isPresent()) {
                return show(restored(kept.get()), choices, Map.of(), model);
            }
        }
        ReportForm form = new ReportForm();
        form.setToken(UUID.randomUUID().toString());
        form.setCommitmentId(choices.stream().anyMatch(choice -> choice.commitmentId().equals(commitmentId)) ? commitmentId : null);
        form.setKind(isKind(kind) ? kind : ReportKind.PLACE_VISIT.name());
        form.setDate(date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : defaultDate(choices, form.getCommitmentId()).toString());
        form.setCount("1");
        return show(form, choices, Map.of(), model);
    }

    @PostMapping
    String send(@ModelAttribute("form") ReportForm form, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        Identity user = identity.get();
        if (!ReportableCommitments.reports(user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "command/pages/not-reporter";
        }
        ReportSubmission.Outcome outcome = submission.submit(form, request);
        if (!outcome.ok()) {
            List<ReportableCommitments.Choice> choices = commitments.of(user);
            // Nothing was stored: the same token goes back with the form, so the corrected form names the same report.
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(form, choices, outcome.errors(), model);
        }
        List<String> codes = reported(form).stream()
                .map(id -> commitments.find(id).map(ReportableCommitments.Choice::code).orElse(id)).toList();
        redirect.addFlashAttribute("confirmation", new Confirmation(Confirmation.text(form, codes, words),
                outcome.accepted().id(), outcome.accepted().position()));
        // The next report most often concerns the same commitment, kind and day: the new form starts there.
        return "redirect:" + UriComponentsBuilder.fromPath("/report")
                .queryParam("lofte", form.getCommitmentId())
                .queryParam("typ", form.getKind())
                .queryParam("datum", form.getDate())
                .encode().toUriString();
    }

    /** The form as it was posted, read as a post is: blanks absent, text trimmed. */
    private static ReportForm restored(Map<String, List<String>> values) {
        ReportForm form = new ReportForm();
        WebDataBinder binder = new WebDataBinder(form, "form");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        MutablePropertyValues properties = new MutablePropertyValues();
        values.forEach((name, given) -> properties.add(name, given.toArray(String[]::new)));
        binder.bind(properties);
        if (form.getToken() == null) {
            form.setToken(UUID.randomUUID().toString());
        }
        return form;
    }

    /** A place visit, a milestone and a note are of one commitment; an activity or a meeting may serve further ones. */
    private static List<String> reported(ReportForm form) {
        if (!ReportKind.ACTIVITY.name().equals(form.getKind()) && !ReportKind.MEETING.name().equals(form.getKind())) {
            return form.getCommitmentId() == null ? List.of() : List.of(form.getCommitmentId());
        }
        return form.commitmentIds();
    }

    private String show(ReportForm form, List<ReportableCommitments.Choice> choices, Map<String, String> errors,
                        Model model) {
        model.addAttribute("form", form);
        model.addAttribute("groups", CommitmentOptions.groups(choices, words.say("reportform.otherArea")));
        List<ReportableMilestones.Milestones> open = milestones.open(choices);
        if (errors.isEmpty() && open.isEmpty() && ReportKind.MILESTONE.name().equals(form.getKind())) {
            // The last milestone was just reached: the next form starts with a place visit.
            form.setKind(ReportKind.PLACE_VISIT.name());
        }
        model.addAttribute("milestones", open);
        // A milestone is offered only when one of the user's commitments has one left to reach.
        model.addAttribute("kinds", Arrays.stream(ReportKind.values())
                .filter(kind -> kind != ReportKind.MILESTONE || !open.isEmpty() || kind.name().equals(form.getKind()))
                .toList());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("networks", Network.values());
        model.addAttribute("errors", errors);
        model.addAttribute("year", choices.isEmpty() ? null : yearOf(choices, form.getCommitmentId()));
        return "command/pages/report-form";
    }

    /**
     * Today, when it lies in the promise year; else the nearest day of that year. A report is of the promise
     * year and not of the future, and the default should not be refused.
     */
    private LocalDate defaultDate(List<ReportableCommitments.Choice> choices, String commitmentId) {
        LocalDate today = LocalDate.now(clock);
        if (choices.isEmpty()) {
            return today;
        }
        int year = yearOf(choices, commitmentId);
        if (today.getYear() > year) {
            return LocalDate.of(year, 12, 31);
        }
        return today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
    }

    private static int yearOf(List<ReportableCommitments.Choice> choices, String commitmentId) {
        return choices.stream().filter(choice -> choice.commitmentId().equals(commitmentId)).findFirst()
                .orElse(choices.get(0)).year();
    }

    private static boolean isKind(String kind) {
        for (ReportKind candidate : ReportKind.values()) {
            if (candidate.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
