package se.lofteskollen.query.replay;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Handles all events of one promise in order, in one segment. A projection joins facts of several
 * aggregates (a meeting names commitments, a retraction names a report, the audit copies the state before a
 * revision from its own earlier rows); per-aggregate order alone would let a segment see a retraction before
 * the report it retracts. Every event of the published language names its promise; anything else falls back
 * to the aggregate, then to the event itself.
 */
public class PerPromiseSequencing implements SequencingPolicy<EventMessage<?>> {

    private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        String promiseId = promiseIdOf(event.getPayload());
        return promiseId != null ? promiseId : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    static String promiseIdOf(Object payload) {
        if (payload == null) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(payload.getClass(), PerPromiseSequencing::accessor)
                .map(accessor -> {
                    try {
                        Object value = accessor.invoke(payload);
                        return value == null ? null : value.toString();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("could not read promiseId of " + payload.getClass(), e);
                    }
                })
                .orElse(null);
    }

    private static Optional<Method> accessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals("promiseId") && component.getType() == String.class)
                .map(RecordComponent::getAccessor)
                .findFirst();
    }
}
