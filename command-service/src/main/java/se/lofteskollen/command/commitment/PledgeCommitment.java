package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;

import java.util.List;
import java.util.Set;

public record PledgeCommitment(@TargetAggregateIdentifier String commitmentId,
                               String promiseId,
                               String code,
                               PriorityArea priorityArea,
                               Set<Party> responsible,
                               String text,
                               List<Target> targets) {
}
