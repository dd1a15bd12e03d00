package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

@Revision("1")
public record RetractReport(@TargetAggregateIdentifier String reportId, String reason) {

    public RetractReport {
        reportId = CommandText.id("reportId", reportId);
        reason = CommandText.free("reason", reason, Text.REASON);
    }
}
