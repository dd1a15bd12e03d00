package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.text.Text;

/**
 * {@code noteId} is chosen by the client (or derived from its idempotency key) so that a repeated
 * request adds the note once. It travels in the event's metadata under {@link #NOTE_ID}.
 */
@Revision("1")
public record AddStatusNote(@TargetAggregateIdentifier String commitmentId, String noteId, String note) {

    public static final String NOTE_ID = "noteId";

    public AddStatusNote {
        commitmentId = CommandText.id("commitmentId", commitmentId);
        noteId = CommandText.id(NOTE_ID, noteId);
        note = CommandText.free("note", note, Text.NOTE);
    }
}
