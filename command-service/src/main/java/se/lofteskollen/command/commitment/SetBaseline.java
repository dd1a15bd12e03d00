package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

@Revision("1")
public record SetBaseline(@TargetAggregateIdentifier String commitmentId, int value, String basis) {

    public SetBaseline {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        basis = CommandText.free("basis", basis, Text.BASIS);
    }
}
