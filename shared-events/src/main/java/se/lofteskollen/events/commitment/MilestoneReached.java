package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;

@Revision("1")
public record MilestoneReached(String commitmentId, String promiseId, String milestone, LocalDate reachedOn, String notes) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
