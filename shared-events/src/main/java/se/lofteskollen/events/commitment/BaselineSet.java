package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

/** The figure an INCREASE target must exceed, e.g. 12 with basis "citizen dialogues held in 2024". */
@Revision("1")
public record BaselineSet(String commitmentId, String promiseId, int value, String basis) implements PromiseEvent {

    /** A commitment's events follow its pledge in order (a revision is told against the state before it). */
    @Override
    public String sequenceId() {
        return commitmentId;
    }
}
