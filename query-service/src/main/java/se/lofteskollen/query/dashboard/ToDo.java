package se.lofteskollen.query.dashboard;

import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;

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
 * their pace. Most urgent first; each links to its commitment.
 */
final class ToDo {

    static final int DAYS_AHEAD = 30;

    /** One thing to do, and how soon: overdue first, then by due day; behind-pace counts after the dated ones. */
    record Item(String code, String text, String href, int urgency) {
    }

    private ToDo() {
    }

    static List<Item> of(PromiseProgress judged, Function<String, String> commitmentHref) {
        LocalDate asOf = judged.asOf();
        List<Item> items = new ArrayList<>();
        for (PromiseProgress.Area area : judged.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                if (commitment.withdrawn()) {
                    continue;
                }
                String href = commitmentHref.apply(commitment.commitmentId());
                for (TargetProgress target : commitment.targets()) {
                    item(commitment.code(), target, asOf, href).ifPresent(items::add);
                }
            }
        }
        items.sort(Comparator.comparingInt(Item::urgency).thenComparing(Item::code));
        return List.copyOf(items);
    }

    private static Optional<Item> item(String code, TargetProgress target, LocalDate asOf, String href) {
        if (target.target() instanceof Target.Deadline deadline && target.reachedOn() == null) {
            long days = ChronoUnit.DAYS.between(asOf, deadline.dueOn());
            if (days < 0) {
                return Optional.of(new Item(code, "Försenat: " + deadline.milestone() + " skulle ha varit klart "
                        + ProgressInWords.date(deadline.dueOn()), href, (int) days));
            }
            if (days <= DAYS_AHEAD) {
                return Optional.of(new Item(code, deadline.milestone() + " ska vara klart senast "
                        + ProgressInWords.date(deadline.dueOn()) + (days == 0 ? " (i dag)" : " (om " + days + " dagar)"),
                        href, (int) days));
            }
        }
        if (target.target() instanceof Target.Cadence && target.missing() != null && target.missing() > 0) {
            return Optional.of(new Item(code, ProgressInWords.achieved(target) + ": "
                    + ProgressInWords.expected(target).toLowerCase(ProgressInWords.SWEDISH), href, DAYS_AHEAD + 1));
        }
        if (target.target() instanceof Target.Count
                && (target.status() == Status.BEHIND || target.status() == Status.AT_RISK)) {
            return Optional.of(new Item(code, ProgressInWords.achieved(target) + ", "
                    + ProgressInWords.expected(target) + " (" + target.status().swedishName().toLowerCase(ProgressInWords.SWEDISH)
                    + ")", href, DAYS_AHEAD + 2));
        }
        return Optional.empty();
    }
}
