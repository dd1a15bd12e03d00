package se.lofteskollen.events.promise;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

/** A year's citizen promise between a local police area and a municipality was drawn up. */
@Revision("1")
public record PromiseCreated(String promiseId, int year, String title, String policeArea, String municipality) implements PromiseEvent {

    /** The promise's own events follow one another. */
    @Override
    public String sequenceId() {
        return promiseId;
    }
}
