package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** {@code today} is the date the request was made: a milestone cannot be reached in the future. */
@Revision("1")
public record ReachMilestone(@TargetAggregateIdentifier String commitmentId,
                             String milestone,
                             LocalDate reachedOn,
                             String notes,
                             LocalDate today) {
}
