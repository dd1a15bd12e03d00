package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

/**
 * A commitment's wording, targets or responsible parties were changed, for a stated reason.
 * It carries the whole new state of the three fields, so a reader never has to merge partial changes;
 * the state before is the previous event's.
 */
@Revision("1")
public record CommitmentRevised(String commitmentId,
                                String promiseId,
                                String text,
                                Set<Party> responsible,
                                List<Target> targets,
                                String reason) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
