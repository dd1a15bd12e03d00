package se.lofteskollen.events.promise;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record PromiseSigned(String promiseId, LocalDate signedOn, List<Signatory> signatories) implements PromiseEvent {

    /** The promise's own events follow one another. */
    @Override
    public String sequenceId() {
        return promiseId;
    }
}
