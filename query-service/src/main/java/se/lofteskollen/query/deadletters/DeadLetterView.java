package se.lofteskollen.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.serialization.UnknownSerializedType;
import se.lofteskollen.query.readmodels.Processors;

import java.time.Instant;

/** One parked event as the operator sees it. */
public record DeadLetterView(String group,
                             String sequence,
                             long indexInSequence,
                             String eventId,
                             String eventType,
                             long position,
                             Instant recordedAt,
                             Instant parkedAt,
                             Instant lastTried,
                             String causeType,
                             String causeMessage) {

    static DeadLetterView of(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        JdbcDeadLetter<?> stored = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc : null;
        return new DeadLetterView(group,
                stored == null ? null : stored.getSequenceIdentifier(),
                stored == null ? -1 : stored.getSequenceIndex(),
                event.getIdentifier(), typeOf(event), positionOf(event), event.getTimestamp(),
                letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null));
    }

    /** The stored type name, also of a type no class exists for here. */
    static String typeOf(EventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        if (UnknownSerializedType.class.equals(type) && event.getPayload() instanceof UnknownSerializedType unknown) {
            return unknown.serializedType().getName() + " (unknown here)";
        }
        return type.getName();
    }

    static long positionOf(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked ? Processors.positionOf(tracked.trackingToken()) : -1;
    }
}
