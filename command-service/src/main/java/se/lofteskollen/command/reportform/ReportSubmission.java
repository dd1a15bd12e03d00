package se.lofteskollen.command.reportform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.lofteskollen.platform.pages.PageWords;
import se.lofteskollen.command.commitment.CommitmentController.MilestoneRequest;
import se.lofteskollen.command.commitment.CommitmentController.StatusNoteRequest;
import se.lofteskollen.command.report.Reporting;
import se.lofteskollen.command.report.Reporting.ActivityRequest;
import se.lofteskollen.command.report.Reporting.MeetingRequest;
import se.lofteskollen.command.report.Reporting.PlaceRequest;
import se.lofteskollen.command.report.Reporting.PlaceVisitRequest;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.platform.security.SecurityEventLog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sends a filled-in report form through {@link Reporting}, as the report API does: the same request records with
 * the same constraints, the same id derived from the user and the idempotency key (the form's token), and the same
 * way to the command bus (the authenticated user as the events' author). Every rule of the domain therefore applies
 * as it does to an API client, who may report on which commitment included (decided on the command bus); this
 * class only says its answers in the reader's language, by the field they concern (a rule's refusal: see
 * {@link Refusals}).
 */
@Component
class ReportSubmission {

    private static final Logger log = LoggerFactory.getLogger(ReportSubmission.class);

    /** The form's general message, shown above the fields, under this key. */
    static final String FORM = "form";

    /** Either the accepted report, or the refusals by form field. */
    record Outcome(Accepted accepted, Map<String, String> errors) {
        boolean ok() {
            return accepted != null;
        }
    }

    private final Reporting reporting;
    private final Validator validator;
    private final SecurityEventLog securityEvents;
    private final Refusals refusals;
    private final PageWords words;
    private final CommandRequests commands;
    private final ReportableCommitments commitments;
    private final ReportableMilestones milestones;

    ReportSubmission(Reporting reporting, Validator validator, SecurityEventLog securityEvents, Refusals refusals,
                     PageWords words, CommandRequests commands, ReportableCommitments commitments,
                     ReportableMilestones milestones) {
        this.reporting = reporting;
        this.validator = validator;
        this.securityEvents = securityEvents;
        this.refusals = refusals;
        this.words = words;
        this.commands = commands;
        this.commitments = commitments;
        this.milestones = milestones;
    }

    /** {@code request} is the form's post, named on the security log if the command bus refuses the sender. */
    Outcome submit(ReportForm form, HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportKind kind = parse(ReportKind.class, form.getKind(), "kind", words.say("reportform.required.kind"), errors);
        LocalDate date = kind == null || kind.dated() ? date(form.getDate(), errors) : null;
        if (blank(form.getCommitmentId())) {
            errors.put("commitmentId", words.say("reportform.required.commitmentId"));
        }
        if (kind == null) {
            errors.putIfAbsent("kind", words.say("reportform.required.kind"));
            return new Outcome(null, errors);
        }
        try {
            return switch (kind) {
                case PLACE_VISIT -> placeVisit(form, date, errors);
                case ACTIVITY -> activity(form, date, errors);
                case MEETING -> meeting(form, date, errors);
                case MILESTONE -> milestone(form, date, errors);
                case STATUS_NOTE -> statusNote(form, errors);
            };
        } catch (RuntimeException failure) {
            return refused(failure, kind, request);
        }
    }

    private Outcome placeVisit(ReportForm form, LocalDate date, Map<String, String> errors) {
        PlaceVisitRequest request = new PlaceVisitRequest(null, form.getCommitmentId(),
                new PlaceRequest(form.getPlaceName(), orNull(form.getPlaceArea()), null, null), date,
                orNull(form.getProblemPicture()), form.getMeasures());
        if (!valid(request, ReportKind.PLACE_VISIT, errors)) {
            return new Outcome(null, errors);
        }
        return accepted(reporting.reportPlaceVisit(request, form.getToken()));
    }

    private Outcome activity(ReportForm form, LocalDate date, Map<String, String> errors) {
        ActivityKind activityKind = parse(ActivityKind.class, form.getActivityKind(), "activityKind",
                words.say("reportform.required.activityKind"), errors);
        Integer count = number(form.getCount(), "count", errors);
        ActivityRequest request = new ActivityRequest(null, activityKind, form.commitmentIds(), date, count,
                blank(form.getActivityPlace()) ? null : new PlaceRequest(form.getActivityPlace(), null, null, null),
                orNull(form.getActivityNotes()));
        if (!valid(request, ReportKind.ACTIVITY, errors)) {
            return new Outcome(null, errors);
        }
        return accepted(reporting.reportActivity(request, form.getToken()));
    }

    private Outcome meeting(ReportForm form, LocalDate date, Map<String, String> errors) {
        Network network = parse(Network.class, form.getNetwork(), "network", words.say("reportform.required.network"), errors);
        Integer participants = number(form.getParticipants(), "participants", errors);
        MeetingRequest request = new MeetingRequest(null, network, date, form.commitmentIds(), participants,
                orNull(form.getMeetingNotes()));
        if (!valid(request, ReportKind.MEETING, errors)) {
            return new Outcome(null, errors);
        }
        return accepted(reporting.recordMeeting(request, form.getToken()));
    }

    /**
     * ReachMilestone, as the API's milestone endpoint sends it. A milestone the commitment does not name, or one
     * reached before on another day or with other notes, is said here by the milestone's field; the same report
     * again is let through, for the aggregate to answer as a repeat that changes nothing.
     */
    private Outcome milestone(ReportForm form, LocalDate date, Map<String, String> errors) {
        MilestoneRequest request = new MilestoneRequest(form.getMilestone(), date, orNull(form.getMilestoneNotes()));
        if (!valid(request, ReportKind.MILESTONE, errors)) {
            return new Outcome(null, errors);
        }
        String refusal = commitments.find(form.getCommitmentId()).map(milestones::of)
                .map(known -> milestoneRefusal(known, request)).orElse(null);
        if (refusal != null) {
            return new Outcome(null, Map.of("milestone", refusal));
        }
        return accepted(commands.change(request.command(form.getCommitmentId(), commands.today()), "commitmentId",
                form.getCommitmentId()));
    }

    private String milestoneRefusal(ReportableMilestones.Milestones known, MilestoneRequest request) {
        if (!known.named().containsKey(request.milestone())) {
            return known.named().isEmpty() ? words.say("reportform.milestone.none")
                    : words.say("reportform.milestone.notOfCommitment");
        }
        MilestoneReached earlier = known.named().get(request.milestone());
        if (earlier != null && !(earlier.reachedOn().equals(request.reachedOn())
                && Objects.equals(earlier.notes(), request.notes()))) {
            return words.say("reportform.milestone.reached", words.day(earlier.reachedOn()));
        }
        return null;
    }

    /** AddStatusNote, its id made from the form's token as the API makes it from an Idempotency-Key. */
    private Outcome statusNote(ReportForm form, Map<String, String> errors) {
        StatusNoteRequest request = new StatusNoteRequest(null, form.getNote());
        if (!valid(request, ReportKind.STATUS_NOTE, errors)) {
            return new Outcome(null, errors);
        }
        String noteId = commands.idFor(null, form.getToken());
        return accepted(commands.change(request.command(form.getCommitmentId(), noteId), "commitmentId",
                form.getCommitmentId(), noteId));
    }

    /** The API's own constraints on its request records, said in Swedish by the form's field. */
    private boolean valid(Object request, ReportKind kind, Map<String, String> errors) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        for (ConstraintViolation<Object> violation : violations) {
            String field = FormFields.of(violation.getPropertyPath().toString(), kind);
            errors.putIfAbsent(field, FormFields.message(field, violation, words));
        }
        return errors.isEmpty();
    }

    private static Outcome accepted(Accepted accepted) {
        return new Outcome(accepted, Map.of());
    }

    private Outcome refused(RuntimeException failure, ReportKind kind, HttpServletRequest request) {
        Rejection rejection = causeOf(failure, Rejection.class);
        if (rejection != null) {
            String field = FormFields.of(rejection.field() == null ? "" : rejection.field(), kind);
            return new Outcome(null, Map.of(field, refusals.say(rejection)));
        }
        AccessDeniedException denied = causeOf(failure, AccessDeniedException.class);
        if (denied != null) {
            // The lists offer only the user's own commitments: a refusal here means a form made by hand.
            securityEvents.accessDenied(request, denied.getMessage());
            return new Outcome(null, Map.of(notYoursField(denied, kind), words.say("reportform.notYours")));
        }
        log.error("A report from the form could not be stored", failure);
        return new Outcome(null, Map.of(FORM, words.say("reportform.failed")));
    }

    /**
     * The commitment the bus named (the first picked, or one of the further ones); a refusal of the sender as
     * such (a reporter without an organisation) is said by the commitment picked.
     */
    private static String notYoursField(AccessDeniedException denied, ReportKind kind) {
        return denied instanceof NotPermitted notPermitted && notPermitted.field() != null
                ? FormFields.of(notPermitted.field(), kind) : "commitmentId";
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private LocalDate date(String text, Map<String, String> errors) {
        if (blank(text)) {
            errors.put("date", words.say("reportform.required.date"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put("date", words.say("reportform.dateFormat"));
            return null;
        }
    }

    private Integer number(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, words.say("reportform.wholeNumber"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, String message,
                                               Map<String, String> errors) {
        try {
            return blank(name) ? null : Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.trim();
    }
}
