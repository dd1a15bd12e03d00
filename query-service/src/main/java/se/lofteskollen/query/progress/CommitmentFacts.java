package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything ever recorded about one commitment, each fact with the instant it was recorded and, where
 * it has one, the date it happened. {@link ProgressRules} cuts it by asOf and knownAt.
 *
 * @param versions   the pledge and every revision, in the order they were recorded
 * @param baselines  every baseline set, in the order they were recorded
 * @param withdrawal null unless withdrawn
 */
public record CommitmentFacts(String commitmentId,
                              String code,
                              PriorityArea priorityArea,
                              List<Version> versions,
                              List<Baseline> baselines,
                              Withdrawal withdrawal,
                              List<Report> reports,
                              List<Milestone> milestones,
                              List<Note> notes) {

    public record Version(Instant recordedAt, String text, Set<Party> responsible, List<Target> targets, String reason) {
    }

    public record Baseline(Instant recordedAt, int value, String basis) {
    }

    public record Withdrawal(Instant recordedAt, String reason) {
    }

    /**
     * A meeting, place visit or activity on this commitment. {@code quantity} is what it adds to a count:
     * one for a meeting or visit, the reported number for an activity.
     *
     * @param retractedAt null unless a retraction was recorded
     */
    public record Report(String reportId, Measure measure, int quantity, LocalDate occurredOn, Instant recordedAt,
                         Instant retractedAt) {
    }

    public record Milestone(String milestone, LocalDate reachedOn, Instant recordedAt) {
    }

    public record Note(LocalDate writtenOn, Instant recordedAt) {
    }
}
