package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Axon's own INSERT of new events (the statement is Axon's), with two things added around its execution:
 * <ul>
 *   <li>PostgreSQL answers the {@code global_index} it gave each row ({@code RETURNING}, through JDBC's generated
 *       keys), kept in {@link AppendedEvents} for the command that appended them: no SELECT after the commit;</li>
 *   <li>once the transaction has committed, the {@link AppendNotifier} is told the highest of them, so the streams
 *       of every service wake after the commit, never from inside it, and know how far to read.</li>
 * </ul>
 */
final class ReturningAppend implements AppendEventsStatementBuilder {

    private final AppendNotifier notifier;

    ReturningAppend(AppendNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        PreparedStatement insert = JdbcEventStorageEngineStatements.appendEvents(
                returningGlobalIndex(connection, schema.globalIndexColumn()), schema, dataType, events, serializer,
                timestampWriter);
        return afterExecution(insert, events);
    }

    /** Axon's statement builder prepares with {@code prepareStatement(sql)}; this asks for the index back. */
    private static Connection returningGlobalIndex(Connection connection, String globalIndexColumn) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                return connection.prepareStatement((String) args[0], new String[]{globalIndexColumn});
            }
            return method.invoke(connection, args);
        });
    }

    private PreparedStatement afterExecution(PreparedStatement insert, List<? extends EventMessage<?>> events) {
        return proxy(PreparedStatement.class, insert, (method, args) -> {
            Object result = method.invoke(insert, args);
            if (method.getName().equals("executeBatch")) {
                notifyAfterCommit(keepPositions(insert, events));
            }
            return result;
        });
    }

    /** Keeps each event's position for the command that appended it; answers the highest. */
    private static long keepPositions(PreparedStatement insert, List<? extends EventMessage<?>> events) throws SQLException {
        Optional<AppendedEvents> appended = AppendedEvents.ofCurrentUnitOfWork();
        long highest = AppendNotifier.UNKNOWN;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int i = 0; keys.next() && i < events.size(); i++) {
                long position = keys.getLong(1);
                highest = Math.max(highest, position);
                if (appended.isPresent()) {
                    EventMessage<?> event = events.get(i);
                    String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
                    appended.get().appended(aggregateId, position);
                }
            }
        }
        return highest;
    }

    /**
     * After the commit of the transaction the INSERT ran in. Without a Spring transaction the INSERT committed on
     * its own (auto-commit), so the events are visible already.
     */
    private void notifyAfterCommit(long highest) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifier.appended(highest);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                notifier.appended(highest);
            }
        });
    }

    @FunctionalInterface
    private interface Invocation {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Invocation invocation) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            try {
                return invocation.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
