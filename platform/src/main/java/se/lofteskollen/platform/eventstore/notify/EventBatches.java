package se.lofteskollen.platform.eventstore.notify;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;

/** The events after a token, one read of the store at a time: at most {@link #batchSize()} of them, and no more reads. */
public interface EventBatches {

    /** One read: the events after {@code token} (all of them from the start when it is null), in the store's order. */
    List<? extends TrackedEventMessage<?>> after(TrackingToken token);

    /** The most one read answers; a read that answers fewer has reached what was committed when it ran. */
    int batchSize();
}
