package se.lofteskollen.platform.eventstore;

import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lofteskollen.platform.eventstore.notify.EventBatches;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Axon's JDBC storage engine, with its SQL, gaps and upcasting, changed in two places:
 * <ul>
 *   <li>the streams of {@link se.lofteskollen.platform.eventstore.notify.NotifiedEventStore} read it one batch at a
 *       time: Axon's own tracked stream reads again each time a batch is used up, until a read comes back empty (and
 *       an empty read also asks for the lowest position past the token), which is two transactions and four
 *       statements more for every event that arrives on its own;</li>
 *   <li>a unit of work that appends one event under an {@link AppendCondition}, outside a transaction, shares its
 *       commit with the others doing so at the same moment ({@link GroupCommit}): their events go in one
 *       transaction, one batch, one commit and one notification, each under its own condition, and each command
 *       returns once that commit is done. One on its own is one statement committed on its own: Axon would open a
 *       transaction around it, and its BEGIN … COMMIT is a second round trip to PostgreSQL for a write that has
 *       nothing else to commit with it. Several events under a condition are appended in a transaction, as Axon
 *       does, so that they are stored all or none.</li>
 * </ul>
 */
public class PostgresStorageEngine extends JdbcEventStorageEngine implements EventBatches {

    /** The events' payload and metadata columns are {@code bytea}. */
    private static final Class<?> DATA_TYPE = byte[].class;
    /** The most events one commit takes for others: more than the clients a service answers at once. */
    private static final int MOST_TOGETHER = 64;
    /**
     * Commits of events under a condition that may run at once. One: measured against two in commands-only benchmark
     * runs of the same hour, two did no better at 8 and 32 clients, and on one commitment fell from 814 to 658
     * reports/s within 30 s where one held 874–893. Two transactions at once hold the same rows {@code FOR SHARE}
     * together, which PostgreSQL records as a multixact on the row; one at a time never does (the likely cause).
     */
    private static final int COMMITS_AT_ONCE = 1;
    /** The outcome of an event appended alone, by its own unit of work, which kept its position. */
    private static final Long ALONE = -1L;

    private static final Logger log = LoggerFactory.getLogger(PostgresStorageEngine.class);

    private final ReturningAppend append;
    private final GroupCommit<ReturningAppend.Grouped, Long> together;

    PostgresStorageEngine(JdbcEventStorageEngine.Builder builder, ReturningAppend append) {
        super(builder.dataType(DATA_TYPE).appendEvents(append));
        this.append = append;
        this.together = new GroupCommit<>(MOST_TOGETHER, COMMITS_AT_ONCE, this::appendTogether);
    }

    @Override
    public List<? extends TrackedEventMessage<?>> after(TrackingToken token) {
        return EventUtils.upcastAndDeserializeTrackedEvents(fetchTrackedEvents(token, batchSize()).stream(),
                getEventSerializer(), upcasterChain).toList();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        Optional<List<AppendCondition>> conditions = AppendCondition.ofCurrentUnitOfWork();
        if (events.size() != 1 || conditions.isEmpty()) {
            super.appendEvents(events, serializer);
        } else if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside a transaction someone else opened: the INSERT joins it, and commits with it.
            appendAlone(events, serializer);
        } else {
            EventMessage<?> event = events.get(0);
            Long position = together.submit(new ReturningAppend.Grouped(event, conditions.get()), () -> {
                appendAlone(events, serializer);
                return ALONE;
            });
            if (!ALONE.equals(position)) {
                ReturningAppend.keepPosition(event, position);
            }
        }
    }

    /** How many appends wait to share a commit: for tests. */
    int waitingToAppendTogether() {
        return together.waiting();
    }

    /** One statement: committed on its own, or joining the transaction the connection is in. */
    private void appendAlone(List<? extends EventMessage<?>> events, Serializer serializer) {
        JdbcUtils.executeBatch(getConnection(), connection -> appendEvents(connection, events, serializer),
                failure -> handlePersistenceException(failure, events.get(0)));
    }

    /**
     * On the leading caller's thread; each event's position, or {@code null} for one its caller appends alone (all of
     * them when the connection is in a transaction or the commit failed: then nothing was stored).
     */
    private List<Long> appendTogether(List<ReturningAppend.Grouped> rows) {
        Connection connection = getConnection();
        try {
            if (!connection.getAutoCommit()) {
                return null;
            }
            return append.appendTogether(connection, schema(), DATA_TYPE, rows, getEventSerializer(),
                    this::writeTimestamp);
        } catch (SQLException e) {
            log.debug("Appending {} events together failed ({}); each is appended alone", rows.size(),
                    e.getMessage());
            return null;
        } finally {
            JdbcUtils.closeQuietly(connection);
        }
    }
}
