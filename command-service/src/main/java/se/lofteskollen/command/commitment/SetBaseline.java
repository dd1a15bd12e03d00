package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SetBaseline(@TargetAggregateIdentifier String commitmentId, int value, String basis) {
}
