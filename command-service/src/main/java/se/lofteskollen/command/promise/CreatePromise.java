package se.lofteskollen.command.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CreatePromise(@TargetAggregateIdentifier String promiseId,
                            int year,
                            String title,
                            String policeArea,
                            String municipality) {
}
