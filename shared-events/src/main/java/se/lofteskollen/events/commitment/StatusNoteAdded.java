package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;

/** A narrative update on a commitment, for the follow-up; it counts as activity on ongoing commitments. */
@Revision("1")
public record StatusNoteAdded(String commitmentId, String promiseId, String note) {
}
