package se.lofteskollen.command.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to every accepted command, also to a repeat that stored nothing new. */
@Schema(description = "The command was accepted (or had been already: an idempotent repeat answers the same way).")
public record Accepted(
        @Schema(description = "The id of what the command created or changed (promise, commitment, report; for a status note, the note)")
        String id,
        @Schema(description = "The global position of the newest event of that aggregate in the event store. "
                + "The query side has caught up with this command once it has processed this position.")
        long position) {
}
