package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Place;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ReportActivity(@TargetAggregateIdentifier String activityId,
                             ActivityKind kind,
                             List<String> commitmentIds,
                             LocalDate occurredOn,
                             int count,
                             Place place,
                             String notes,
                             LocalDate today) {
}
