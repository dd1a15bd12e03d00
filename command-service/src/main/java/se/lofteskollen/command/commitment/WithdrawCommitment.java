package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

@Revision("1")
public record WithdrawCommitment(@TargetAggregateIdentifier String commitmentId, String reason) {

    public WithdrawCommitment {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        // Published on the citizen page.
        reason = CommandText.free("reason", reason, Text.REASON);
    }
}
