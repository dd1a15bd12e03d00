package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A revision that added a field an older event could not state: the older event states nothing (null), never a
 * guess. One class serves every such step; each is named in {@link EventUpcasters}.
 */
public final class UnstatedBefore extends ToNextRevision {

    private final String field;

    public UnstatedBefore(Class<?> event, String fromRevision, String toRevision, String field) {
        super(event, fromRevision, toRevision);
        this.field = field;
    }

    @Override
    protected void change(ObjectNode payload) {
        if (!payload.has(field)) {
            payload.putNull(field);
        }
    }
}
