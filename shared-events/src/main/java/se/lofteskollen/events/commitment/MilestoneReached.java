package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MilestoneReached(String commitmentId, String promiseId, String milestone, LocalDate reachedOn, String notes) {
}
