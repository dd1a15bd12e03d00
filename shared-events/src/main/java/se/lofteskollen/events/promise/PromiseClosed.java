package se.lofteskollen.events.promise;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;

/** The year has been followed up: the promise takes no more pledges or reports. */
@Revision("1")
public record PromiseClosed(String promiseId, LocalDate closedOn, String summary) implements PromiseEvent {

    /** The promise's own events follow one another. */
    @Override
    public String sequenceId() {
        return promiseId;
    }
}
