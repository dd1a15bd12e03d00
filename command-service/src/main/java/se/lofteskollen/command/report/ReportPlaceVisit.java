package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.events.Place;

import java.time.LocalDate;

@Revision("1")
public record ReportPlaceVisit(@TargetAggregateIdentifier String visitId,
                               String commitmentId,
                               Place place,
                               LocalDate visitedOn,
                               String problemPicture,
                               String measures,
                               LocalDate today) {
}
