package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@Revision("1")
public record WithdrawCommitment(@TargetAggregateIdentifier String commitmentId, String reason) {
}
