package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.text.Text;

import java.util.List;
import java.util.Set;

@Revision("1")
public record PledgeCommitment(@TargetAggregateIdentifier String commitmentId,
                               String promiseId,
                               String code,
                               PriorityArea priorityArea,
                               Set<Party> responsible,
                               String text,
                               List<Target> targets) {

    public PledgeCommitment {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        promiseId = CommandText.id("promiseId", promiseId);
        code = CommandText.line("code", code, Text.CODE);
        text = CommandText.free("text", text, Text.NOTE);
        targets = CommandText.targets("targets", targets);
    }
}
