package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.StatusNoteRequest;

import java.util.UUID;

/**
 * A status note for the follow-up. {@code token} is the form's idempotency key, as the API's {@code Idempotency-Key}:
 * the same form sent twice adds the note once.
 */
record StatusNoteForm(String token, String note) {

    static StatusNoteForm blank() {
        return new StatusNoteForm(UUID.randomUUID().toString(), null);
    }

    StatusNoteRequest request() {
        return new StatusNoteRequest(null, Typed.trimmed(note));
    }
}
