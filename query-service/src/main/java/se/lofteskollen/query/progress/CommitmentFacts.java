package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything ever recorded about one commitment, each fact with the instant it was recorded and, where
 * it has one, the date it happened. {@link ProgressRules} cuts it by asOf and knownAt.
 *
 * @param priorityArea the code of one of the promise's priority areas
 * @param versions   the pledge and every revision, in the order they were recorded
 * @param baselines  every baseline set, in the order they were recorded
 * @param withdrawal null unless withdrawn
 */
public record CommitmentFacts(String commitmentId,
                              String code,
                              String priorityArea,
                              List<Version> versions,
                              List<Baseline> baselines,
                              Withdrawal withdrawal,
                              List<Tally> tallies,
                              List<Milestone> milestones,
                              List<Note> notes) {

    /** @param responsible codes of the promise's parties */
    public record Version(Instant recordedAt, String text, Set<String> responsible, List<Target> targets, String reason) {
    }

    public record Baseline(Instant recordedAt, int value, String basis) {
    }

    public record Withdrawal(Instant recordedAt, String reason) {
    }

    /**
     * What some meetings, place visits or activities on this commitment add to its counts: those of one tally (one
     * set of commitments served, one measure, one day they happened) that were recorded by {@code recordedAt}. A
     * retraction is a tally of its own, recorded when the retraction was, that takes its report away again: negative
     * {@code reports} and {@code quantity}. {@link ProgressRules} decides which count.
     *
     * @param key      the commitment set, measure and day: the tallies of one key add up, and a headline over
     *                 several commitments takes each key once however many of them it serves
     * @param reports  how many reports (one each, however many activities an activity report names)
     * @param quantity what they add to a count: one for a meeting or visit, the reported number for an activity
     */
    public record Tally(String key, Measure measure, LocalDate occurredOn, Instant recordedAt, int reports,
                        int quantity) {
    }

    public record Milestone(String milestone, LocalDate reachedOn, Instant recordedAt) {
    }

    public record Note(LocalDate writtenOn, Instant recordedAt) {
    }
}
