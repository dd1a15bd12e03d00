package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

/** A narrative update on a commitment, for the follow-up; it counts as activity on ongoing commitments. */
@Revision("1")
public record StatusNoteAdded(String commitmentId, String promiseId, String note) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
