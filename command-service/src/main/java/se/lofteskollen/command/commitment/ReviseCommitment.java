package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.text.Text;

import java.util.List;
import java.util.Set;

/** {@code null} text, targets or responsible leave that part as it is; an empty target list removes all targets. */
@Revision("1")
public record ReviseCommitment(@TargetAggregateIdentifier String commitmentId,
                               String text,
                               List<Target> targets,
                               Set<Party> responsible,
                               String reason) {

    public ReviseCommitment {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        text = CommandText.free("text", text, Text.NOTE);
        targets = CommandText.targets("targets", targets);
        reason = CommandText.free("reason", reason, Text.REASON);
    }
}
