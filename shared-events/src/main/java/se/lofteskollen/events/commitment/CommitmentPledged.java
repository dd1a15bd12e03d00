package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.PromiseEvent;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

/** One promise line, e.g. 6.2 "at least one hundred place visits", was pledged into a promise. */
@Revision("1")
public record CommitmentPledged(String commitmentId,
                                String promiseId,
                                String code,
                                PriorityArea priorityArea,
                                Set<Party> responsible,
                                String text,
                                List<Target> targets) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
