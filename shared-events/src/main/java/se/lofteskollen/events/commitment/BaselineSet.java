package se.lofteskollen.events.commitment;

import org.axonframework.serialization.Revision;

/** The figure an INCREASE target must exceed, e.g. 12 with basis "citizen dialogues held in 2024". */
@Revision("1")
public record BaselineSet(String commitmentId, String promiseId, int value, String basis) {
}
