package se.lofteskollen.query.dashboard;

import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MilestoneNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.progress.Wording;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Att göra": what needs doing soon, read from the promise's progress on the day judged: milestones due within
 * {@link #DAYS_AHEAD} days or overdue, rhythms with a week or month gone by without a report, and counts behind
 * their pace. Most urgent first; each links to its commitment and to the command-service's form that does it (the
 * milestone form for a deadline, the report form for a rhythm or a count), where the permission to use it is decided.
 */
final class ToDo {

    static final int DAYS_AHEAD = 30;

    /**
     * One thing to do, and how soon: overdue first, then by due day; behind-pace counts after the dated ones.
     *
     * @param formHref the command-service's form that does it; null when the pages know no command-service
     * @param form     what that form does, as its link says
     */
    record Item(String code, String text, String href, int urgency, String formHref, String form) {
    }

    private ToDo() {
    }

    /**
     * @param commandService the command-service's address ({@code lofteskollen.pages.command-service-url}), without
     *                       a trailing slash; null for none
     */
    static List<Item> of(PromiseProgress judged, Function<String, String> commitmentHref, String commandService) {
        LocalDate asOf = judged.asOf();
        List<Item> items = new ArrayList<>();
        for (PromiseProgress.Area area : judged.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                if (commitment.withdrawn()) {
                    continue;
                }
                String href = commitmentHref.apply(commitment.commitmentId());
                for (TargetProgress target : commitment.targets()) {
                    item(commitment, target, asOf, href, commandService).ifPresent(items::add);
                }
            }
        }
        items.sort(Comparator.comparingInt(Item::urgency).thenComparing(Item::code));
        return List.copyOf(items);
    }

    private static Optional<Item> item(CommitmentProgress commitment, TargetProgress target, LocalDate asOf, String href,
                                       String commandService) {
        String code = commitment.code();
        if (target.target() instanceof Target.Deadline deadline && target.reachedOn() == null) {
            long days = ChronoUnit.DAYS.between(asOf, deadline.dueOn());
            String form = form(commandService, "/report/coordinate/commitments/{id}/milestone", commitment, null);
            if (days < 0) {
                return Optional.of(new Item(code, Wording.say("toDo.overdue", MilestoneNames.shown(deadline.milestone()),
                        ProgressInWords.date(deadline.dueOn())), href, (int) days, form, Wording.say("toDo.milestone")));
            }
            if (days <= DAYS_AHEAD) {
                String text = days == 0
                        ? Wording.say("toDo.dueToday", MilestoneNames.shown(deadline.milestone()), ProgressInWords.date(deadline.dueOn()))
                        : Wording.say("toDo.dueIn", MilestoneNames.shown(deadline.milestone()), ProgressInWords.date(deadline.dueOn()), days);
                return Optional.of(new Item(code, text, href, (int) days, form, Wording.say("toDo.milestone")));
            }
        }
        if (target.target() instanceof Target.Cadence cadence && target.missing() != null && target.missing() > 0) {
            return Optional.of(new Item(code, Wording.say("toDo.periodsMissing", ProgressInWords.achieved(target),
                    ProgressInWords.expected(target).toLowerCase(Wording.reader())), href, DAYS_AHEAD + 1,
                    form(commandService, "/report", commitment, cadence.measure().report().name()),
                    Wording.say("toDo.report")));
        }
        if (target.target() instanceof Target.Count count
                && (target.status() == Status.BEHIND || target.status() == Status.AT_RISK)) {
            return Optional.of(new Item(code, Wording.say("toDo.behind", ProgressInWords.achieved(target),
                    ProgressInWords.expected(target), target.status().words().toLowerCase(Wording.reader())),
                    href, DAYS_AHEAD + 2, form(commandService, "/report", commitment, count.measure().report().name()),
                    Wording.say("toDo.report")));
        }
        return Optional.empty();
    }

    /** The report form opens on the commitment and the kind of report it wants ({@code lofte}, {@code typ}). */
    private static String form(String commandService, String path, CommitmentProgress commitment, String kind) {
        if (commandService == null) {
            return null;
        }
        UriComponentsBuilder form = UriComponentsBuilder.fromUriString(commandService + path);
        if (kind != null) {
            form.queryParam("lofte", commitment.commitmentId()).queryParam("typ", kind);
        }
        return form.buildAndExpand(commitment.commitmentId()).encode().toUriString();
    }
}
