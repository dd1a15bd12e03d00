package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;
import java.util.List;

/** {@code today} is the date the request was made, so that the promise can refuse a signing in the future. */
@Revision("1")
public record SignPromise(@TargetAggregateIdentifier String promiseId,
                          LocalDate signedOn,
                          List<Signatory> signatories,
                          LocalDate today) {

    public SignPromise {
        promiseId = CommandText.id("promiseId", promiseId);
        signatories = CommandText.signatories("signatories", signatories);
    }
}
