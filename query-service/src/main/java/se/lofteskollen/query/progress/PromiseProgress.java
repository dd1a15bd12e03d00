package se.lofteskollen.query.progress;

import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.query.promise.AreasAndParties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard: every commitment by priority area with its targets and status, the headline counters and
 * the summaries, as of a date and as known at an instant.
 *
 * @param asOf    the date judged (the requested one, moved into the promise year)
 * @param parties the promise's parties in its order, which the commitments' {@code responsible} codes name
 * @param areas   the promise's areas that have commitments, in the promise's order
 */
public record PromiseProgress(String promiseId,
                              int year,
                              String title,
                              LocalDate asOf,
                              Instant knownAt,
                              int daysElapsed,
                              int daysInYear,
                              List<ProgressRules.Headline> headline,
                              List<PromiseParty> parties,
                              List<Area> areas,
                              ProgressRules.Summary summary) {

    /**
     * One of the promise's own priority areas with its commitments.
     *
     * @param priorityArea the area's code, e.g. {@code 6}
     * @param name         the promise's name of it (the code, when the promise does not name it)
     */
    public record Area(String priorityArea, String name, List<CommitmentProgress> commitments) {
    }

    /** The parties responsible for the commitment, as the promise names them, in its order. */
    public List<PromiseParty> responsibleFor(CommitmentProgress commitment) {
        return new AreasAndParties(List.of(), parties).partiesOf(commitment.responsible());
    }

    /** The same answer, as known at another instant (today's answer stands until the read model changes). */
    PromiseProgress knownAt(Instant instant) {
        return new PromiseProgress(promiseId, year, title, asOf, instant, daysElapsed, daysInYear, headline, parties, areas,
                summary);
    }
}
