package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import se.lofteskollen.events.commitment.CommitmentRevised;

/**
 * Revision 1 could name only the police and the municipality as responsible; their names there ({@code POLICE},
 * {@code MUNICIPALITY}) are their codes in revision 2, so the payload reads as it is. The step still exists, so that
 * a revision 1 event is known as what it is, and an unknown revision stays a parked event, not a guessed one.
 */
public final class CommitmentRevisedToRevision2 extends ToNextRevision {

    public CommitmentRevisedToRevision2() {
        super(CommitmentRevised.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        // the same JSON: see above
    }
}
