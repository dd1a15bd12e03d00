package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;

/** {@code today} is the date the request was made: a milestone cannot be reached in the future. */
@Revision("1")
public record ReachMilestone(@TargetAggregateIdentifier String commitmentId,
                             String milestone,
                             LocalDate reachedOn,
                             String notes,
                             LocalDate today) {

    public ReachMilestone {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        milestone = CommandText.line("milestone", milestone, Text.TITLE);
        notes = CommandText.free("notes", notes, Text.NOTE);
    }
}
