package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import se.lofteskollen.platform.eventstore.notify.EventBatches;

import java.util.List;

/**
 * Axon's JDBC storage engine, which the streams of {@link se.lofteskollen.platform.eventstore.notify.NotifiedEventStore}
 * read one batch at a time: Axon's own tracked stream reads again each time a batch is used up, until a read comes back
 * empty (and an empty read also asks for the lowest position past the token), which is two transactions and four
 * statements more for every event that arrives on its own. The reads, their SQL, gaps and upcasting are Axon's.
 */
public class BatchReadingStorageEngine extends JdbcEventStorageEngine implements EventBatches {

    BatchReadingStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    public List<? extends TrackedEventMessage<?>> after(TrackingToken token) {
        return EventUtils.upcastAndDeserializeTrackedEvents(fetchTrackedEvents(token, batchSize()).stream(),
                getEventSerializer(), upcasterChain).toList();
    }
}
