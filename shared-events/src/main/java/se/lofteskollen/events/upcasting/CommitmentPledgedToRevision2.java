package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.lofteskollen.events.commitment.CommitmentPledged;

/**
 * Revision 1 named the priority area by the fixed area's name ({@code CRIME_HOTSPOTS}); revision 2 by the code of
 * the promise's own area ({@code 6}), which a promise of revision 1 has (see {@link PromiseCreatedToRevision2}). The
 * responsible parties were {@code POLICE} and {@code MUNICIPALITY}, which are already the codes of those parties.
 */
public final class CommitmentPledgedToRevision2 extends ToNextRevision {

    public CommitmentPledgedToRevision2() {
        super(CommitmentPledged.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        JsonNode area = payload.get("priorityArea");
        if (area != null && area.isTextual()) {
            payload.put("priorityArea", RevisionOneAreas.named(area.asText()).code());
        }
    }
}
