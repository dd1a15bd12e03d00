package se.lofteskollen.query.readmodels;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import se.lofteskollen.events.PromiseEvent;

/**
 * Orders events by what they say they must be applied in order with ({@link PromiseEvent#sequenceId()}): a
 * commitment's events in order, a report before its retraction, the promise's own events in order. Everything
 * else may be applied in any order and in any segment. The same sequence is the dead-letter queue's: a parked
 * event holds back only the later events of its own sequence, so one bad report does not stop its promise.
 *
 * <p>An event that is not of the published language, or whose payload cannot be read (an unknown revision),
 * goes by its aggregate, then by itself: the handler that cannot read it fails, and it is parked there.
 */
public class PromiseEventSequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object sequence = sequenceOf(readablePayload(event));
        if (sequence == null) {
            sequence = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
        return sequence != null ? sequence : event.getIdentifier();
    }

    /** The sequence a payload names, or null when it is not a {@link PromiseEvent}. */
    public static String sequenceOf(Object payload) {
        return payload instanceof PromiseEvent event ? event.sequenceId() : null;
    }

    private static Object readablePayload(EventMessage<?> event) {
        try {
            return event.getPayload();
        } catch (RuntimeException unreadable) {
            // Thrown here it would stop the processor before any handler (and the dead-letter queue) sees it.
            return null;
        }
    }
}
