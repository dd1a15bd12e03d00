package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;

@Revision("1")
public record ClosePromise(@TargetAggregateIdentifier String promiseId,
                           LocalDate closedOn,
                           String summary,
                           LocalDate today) {

    public ClosePromise {
        promiseId = CommandText.id("promiseId", promiseId);
        // Published on the citizen page.
        summary = CommandText.free("summary", summary, Text.SUMMARY);
    }
}
