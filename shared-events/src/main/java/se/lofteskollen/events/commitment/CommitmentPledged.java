package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

/**
 * One promise line, e.g. 6.2 "at least one hundred place visits", was pledged into a promise.
 *
 * <p>Revision 2: the priority area and the responsible parties are codes of the promise's own areas and parties
 * (revision 1 carried the names of the fixed Västervik areas, {@code CRIME_HOTSPOTS}); read by
 * {@link se.lofteskollen.events.upcasting.CommitmentPledgedToRevision2}. Revision 3 names the commitment of last
 * year's promise that this one carries on, when its promise was renewed; before, none was named. Revision 4: a
 * rhythm (CADENCE) names its period, WEEK or MONTH; earlier rhythms were weekly
 * ({@link se.lofteskollen.events.upcasting.RhythmsWereWeekly}).
 *
 * @param priorityArea the code of one of the promise's priority areas, e.g. {@code 6}
 * @param responsible  codes of the promise's parties, e.g. {@code POLICE}
 * @param predecessorId the commitment of the promise's predecessor this one carries on; null when none
 */
@Revision("4")
public record CommitmentPledged(String commitmentId,
                                String promiseId,
                                String code,
                                String priorityArea,
                                Set<String> responsible,
                                String text,
                                List<Target> targets,
                                String predecessorId) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
