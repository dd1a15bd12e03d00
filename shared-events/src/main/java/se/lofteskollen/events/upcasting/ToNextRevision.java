package se.lofteskollen.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one event type's stored JSON of one revision into the next revision's shape, as the event is read: the
 * stored row is never changed, so the log stays what was written and an older service version still reads it.
 * Chained in revision order, each step knows only the shape before it and the shape after.
 */
public abstract class ToNextRevision extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    protected ToNextRevision(Class<?> event, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            ObjectNode next = payload.deepCopy();
            change(next);
            return next;
        });
    }

    /** Turns the old revision's payload, a copy, into the new one's. */
    protected abstract void change(ObjectNode payload);
}
