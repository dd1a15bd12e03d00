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

    private final EventBatches batches;
    private final AppendListener listener;
    private final long safetyPollMillis;

    protected NotifiedEventStore(Builder builder, EventBatches batches, AppendListener listener, long safetyPollMillis) {
        super(builder);
        this.batches = batches;
        this.listener = listener;
        this.safetyPollMillis = safetyPollMillis;
    }

    /** {@code batches} reads the store {@code builder} appends to. */
    public static NotifiedEventStore create(EmbeddedEventStore.Builder builder, EventBatches batches,
                                            AppendListener listener, long safetyPollMillis) {
        return new NotifiedEventStore(builder, batches, listener, safetyPollMillis);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifiedEventStream(batches, listener, trackingToken, safetyPollMillis);
    }
}
