package se.lofteskollen.query.progress;

import se.lofteskollen.events.PriorityArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard: every commitment by priority area with its targets and status, the headline counters and
 * the summaries, as of a date and as known at an instant.
 *
 * @param asOf the date judged (the requested one, moved into the promise year)
 */
public record PromiseProgress(String promiseId,
                              int year,
                              String title,
                              LocalDate asOf,
                              Instant knownAt,
                              int daysElapsed,
                              int daysInYear,
                              List<ProgressRules.Headline> headline,
                              List<Area> areas,
                              ProgressRules.Summary summary) {

    public record Area(PriorityArea priorityArea, int number, String name, List<CommitmentProgress> commitments) {
    }

    /** The same answer, as known at another instant (today's answer stands until the read model changes). */
    PromiseProgress knownAt(Instant instant) {
        return new PromiseProgress(promiseId, year, title, asOf, instant, daysElapsed, daysInYear, headline, areas, summary);
    }
}
