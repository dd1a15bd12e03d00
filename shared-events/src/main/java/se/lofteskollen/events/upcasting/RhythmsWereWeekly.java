package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Before a rhythm (a CADENCE target) named its period, every rhythm was weekly: each CADENCE among an event's
 * {@code targets} says {@code WEEK}. One class serves the pledge and the revision, which both carry targets.
 */
public final class RhythmsWereWeekly extends ToNextRevision {

    public RhythmsWereWeekly(Class<?> event, String fromRevision, String toRevision) {
        super(event, fromRevision, toRevision);
    }

    @Override
    protected void change(ObjectNode payload) {
        JsonNode targets = payload.get("targets");
        if (targets == null || !targets.isArray()) {
            return;
        }
        for (JsonNode target : targets) {
            if (target instanceof ObjectNode object && "CADENCE".equals(object.path("type").asText())
                    && !object.hasNonNull("period")) {
                object.put("period", "WEEK");
            }
        }
    }
}
