package se.lofteskollen.platform.eventstore.notify;

import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, except that streaming processors read through a
 * {@link NotifiedEventStream}: woken by PostgreSQL LISTEN/NOTIFY when another process (or this one)
 * appends, rather than polling. Appending and aggregate loading are unchanged.
 */
public class NotifiedEventStore extends EmbeddedEventStore {

    private final AppendListener listener;
    private final long safetyPollMillis;

    protected NotifiedEventStore(Builder builder, AppendListener listener, long safetyPollMillis) {
        super(builder);
        this.listener = listener;
        this.safetyPollMillis = safetyPollMillis;
    }

    public static NotifiedEventStore create(EmbeddedEventStore.Builder builder, AppendListener listener,
                                            long safetyPollMillis) {
        return new NotifiedEventStore(builder, listener, safetyPollMillis);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifiedEventStream(storageEngine(), listener, trackingToken, safetyPollMillis);
    }
}
