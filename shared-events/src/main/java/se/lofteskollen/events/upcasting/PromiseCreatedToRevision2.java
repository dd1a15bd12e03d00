package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseCreated;

/**
 * A promise created in revision 1 had the eight priority areas that revision could name, and its two parties were
 * the police area and the municipality it named: those become its own areas and parties. It stated no police region
 * or county, so they stay unstated (null) rather than guessed.
 */
public final class PromiseCreatedToRevision2 extends ToNextRevision {

    public PromiseCreatedToRevision2() {
        super(PromiseCreated.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        ArrayNode areas = payload.putArray("priorityAreas");
        for (PriorityArea area : RevisionOneAreas.areas()) {
            areas.addObject().put("code", area.code()).put("name", area.name());
        }
        ArrayNode parties = payload.putArray("parties");
        parties.addObject().put("code", Party.POLICE.name()).set("name", textOrNull(payload.get("policeArea")));
        parties.addObject().put("code", Party.MUNICIPALITY.name()).set("name", textOrNull(payload.get("municipality")));
        payload.putNull("policeRegion");
        payload.putNull("county");
    }

    /** A name the old event did not state stays unstated, never the text "null". */
    private static JsonNode textOrNull(JsonNode value) {
        return value != null && value.isTextual() ? value : NullNode.getInstance();
    }
}
