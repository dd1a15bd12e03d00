package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.text.Text;

import java.util.List;
import java.util.Set;

/**
 * @param priorityArea the code of one of the promise's priority areas
 * @param responsible  codes of the promise's parties
 * @param predecessorId the commitment of last year's promise this one carries on (its promise was renewed from
 *                      that one), or null
 */
@Revision("3")
public record PledgeCommitment(@TargetAggregateIdentifier String commitmentId,
                               String promiseId,
                               String code,
                               String priorityArea,
                               Set<String> responsible,
                               String text,
                               List<Target> targets,
                               String predecessorId) {

    public PledgeCommitment {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        promiseId = CommandText.id("promiseId", promiseId);
        code = CommandText.line("code", code, Text.CODE);
        priorityArea = CommandText.line("priorityArea", priorityArea, Text.CODE);
        responsible = CommandText.codes("responsible", responsible);
        text = CommandText.free("text", text, Text.NOTE);
        targets = CommandText.targets("targets", targets);
        predecessorId = predecessorId == null ? null : CommandText.id("predecessorId", predecessorId);
    }
}
