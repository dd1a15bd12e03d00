package se.lofteskollen.command.report;

import se.lofteskollen.events.text.Text;
import se.lofteskollen.command.rules.CommandText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RetractReport(@TargetAggregateIdentifier String reportId, String reason) {

    public RetractReport {
        reportId = CommandText.id("reportId", reportId);
        reason = CommandText.free("reason", reason, Text.REASON);
    }
}
