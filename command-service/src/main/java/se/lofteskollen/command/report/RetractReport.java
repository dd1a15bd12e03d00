package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RetractReport(@TargetAggregateIdentifier String reportId, String reason) {
}
