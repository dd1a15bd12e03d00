package se.lofteskollen.platform.eventstore;

import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import se.lofteskollen.platform.eventstore.notify.EventBatches;

import java.util.List;

/**
 * Axon's JDBC storage engine, with its SQL, gaps and upcasting, changed in two places:
 * <ul>
 *   <li>the streams of {@link se.lofteskollen.platform.eventstore.notify.NotifiedEventStore} read it one batch at a
 *       time: Axon's own tracked stream reads again each time a batch is used up, until a read comes back empty (and
 *       an empty read also asks for the lowest position past the token), which is two transactions and four
 *       statements more for every event that arrives on its own;</li>
 *   <li>one event appended under an {@link AppendCondition} is one statement, committed on its own: Axon would open
 *       a transaction around it, and its BEGIN … COMMIT is a second round trip to PostgreSQL for a write that has
 *       nothing else to commit with it. Several events under a condition are appended in a transaction, as Axon
 *       does, so that they are stored all or none.</li>
 * </ul>
 */
public class PostgresStorageEngine extends JdbcEventStorageEngine implements EventBatches {

    PostgresStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    public List<? extends TrackedEventMessage<?>> after(TrackingToken token) {
        return EventUtils.upcastAndDeserializeTrackedEvents(fetchTrackedEvents(token, batchSize()).stream(),
                getEventSerializer(), upcasterChain).toList();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.size() == 1 && AppendCondition.ofCurrentUnitOfWork().isPresent()) {
            // Inside a transaction someone else opened, the connection is that transaction's, and the INSERT joins it.
            JdbcUtils.executeBatch(getConnection(), connection -> appendEvents(connection, events, serializer),
                    failure -> handlePersistenceException(failure, events.get(0)));
            return;
        }
        super.appendEvents(events, serializer);
    }
}
