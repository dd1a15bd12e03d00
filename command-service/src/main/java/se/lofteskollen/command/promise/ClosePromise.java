package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ClosePromise(@TargetAggregateIdentifier String promiseId,
                           LocalDate closedOn,
                           String summary,
                           LocalDate today) {
}
