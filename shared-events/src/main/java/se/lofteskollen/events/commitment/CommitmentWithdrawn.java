package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

@Revision("1")
public record CommitmentWithdrawn(String commitmentId, String promiseId, String reason) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
