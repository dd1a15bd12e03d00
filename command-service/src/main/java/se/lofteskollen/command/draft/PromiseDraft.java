package se.lofteskollen.command.draft;

import io.swagger.v3.oas.annotations.media.Schema;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;

import java.util.List;

/**
 * A promise read from its published text (or renewed from last year's), for a coordinator to check and then send: {@code promise} as the body
 * of {@code POST /api/promises}, each of {@code commitments} as the body of
 * {@code POST /api/promises/{id}/commitments}. What was read from which words is in {@code findings}; what the
 * reader could not decide, in {@code notes}. Nothing of it is stored.
 */
@Schema(description = "A draft of a promise read from its published text; nothing is stored")
public record PromiseDraft(
        @Schema(description = "The body of POST /api/promises, once promiseId, policeRegion and county are filled in")
        NewPromise promise,
        @Schema(description = "Each the body of POST /api/promises/{id}/commitments, in the text's order")
        List<NewCommitment> commitments,
        @Schema(description = "What was read, and the words it was read from")
        List<Finding> findings,
        @Schema(description = "What the coordinator must decide: words the reader could not turn into a field")
        List<Note> notes) {

    /**
     * The fields of {@code PromiseController.CreatePromiseRequest}; those not in a promise's text are null, and so is
     * {@code predecessorId} but in a renewal.
     */
    public record NewPromise(Integer year, String title, String policeArea, String municipality,
                             List<PriorityArea> priorityAreas, List<PromiseParty> parties,
                             String policeRegion, String county, String predecessorId) {
    }

    /** The fields of {@code CommitmentController.PledgeRequest}; {@code predecessorId} is null but in a renewal. */
    public record NewCommitment(String code, String priorityArea, List<String> responsible, String text,
                                List<Target> targets, String predecessorId) {
    }

    /**
     * One thing read: {@code field} is where it went ({@code title}, {@code priorityAreas[5]}, {@code responsible},
     * {@code targets[0]}), {@code commitment} the code of the commitment it belongs to (null for the promise).
     */
    public record Finding(String commitment, String field, String reading, String because) {
    }

    /** One thing to decide; {@code because} holds the words that raised it, when there are such words. */
    public record Note(String commitment, String message, String because) {
    }
}
