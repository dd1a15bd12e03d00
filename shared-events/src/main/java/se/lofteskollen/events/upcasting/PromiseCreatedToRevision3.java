package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.lofteskollen.events.promise.PromiseCreated;

/**
 * Before revision 3 a promise did not say which organisation acts as each of its parties: the staff whose tokens
 * named the party's code ({@code POLICE}, {@code MUNICIPALITY}) acted as it. That is written down as the
 * organisation, so those tokens and the reports made with them keep the meaning they had.
 */
public final class PromiseCreatedToRevision3 extends ToNextRevision {

    public PromiseCreatedToRevision3() {
        super(PromiseCreated.class, "2", "3");
    }

    @Override
    protected void change(ObjectNode payload) {
        JsonNode parties = payload.get("parties");
        if (parties == null || !parties.isArray()) {
            return;
        }
        for (JsonNode party : parties) {
            if (party instanceof ObjectNode object && !object.hasNonNull("organisation")) {
                object.set("organisation", object.get("code"));
            }
        }
    }
}
