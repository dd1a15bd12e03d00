package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.text.Text;

import java.util.List;
import java.util.Set;

/**
 * {@code null} text, targets or responsible leave that part as it is; an empty target list removes all targets.
 * The responsible are codes of the promise's parties.
 */
@Revision("2")
public record ReviseCommitment(@TargetAggregateIdentifier String commitmentId,
                               String text,
                               List<Target> targets,
                               Set<String> responsible,
                               String reason) {

    public ReviseCommitment {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        text = CommandText.free("text", text, Text.NOTE);
        targets = CommandText.targets("targets", targets);
        responsible = CommandText.codes("responsible", responsible);
        reason = CommandText.free("reason", reason, Text.REASON);
    }
}
