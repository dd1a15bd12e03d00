package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

/**
 * A commitment's wording, targets or responsible parties were changed, for a stated reason.
 * It carries the whole new state of the three fields, so a reader never has to merge partial changes;
 * the state before is the previous event's.
 *
 * <p>Revision 2: the responsible parties are codes of the promise's parties, any it names; revision 1 could
 * only name the police and the municipality ({@link se.lofteskollen.events.upcasting.CommitmentRevisedToRevision2}).
 * Revision 3: a rhythm (CADENCE) names its period, WEEK or MONTH; earlier rhythms were weekly
 * ({@link se.lofteskollen.events.upcasting.RhythmsWereWeekly}).
 *
 * @param responsible codes of the promise's parties, e.g. {@code POLICE}
 */
@Revision("3")
public record CommitmentRevised(String commitmentId,
                                String promiseId,
                                String text,
                                Set<String> responsible,
                                List<Target> targets,
                                String reason) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
