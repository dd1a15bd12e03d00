package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CommitmentWithdrawn(String commitmentId, String promiseId, String reason) {
}
