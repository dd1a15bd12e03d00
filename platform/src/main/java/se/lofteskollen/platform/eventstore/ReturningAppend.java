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
 * Axon's own INSERT of new events (the statement is Axon's), with three things added around its execution:
 * <ul>
 *   <li>the unit of work's {@link AppendCondition}s, if it stated any, become the INSERT's {@code WHERE}: an event
 *       the condition leaves out fails the append with {@link AppendConditionFailed};</li>
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
        List<AppendCondition> conditions = AppendCondition.ofCurrentUnitOfWork().orElse(List.of());
        Connection preparing = proxy(Connection.class, connection, (method, args) -> {
            // Axon's statement builder prepares with prepareStatement(sql), then binds and adds each event.
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                String sql = (String) args[0];
                PreparedStatement insert = connection.prepareStatement(
                        conditions.isEmpty() ? sql : AppendCondition.applied(conditions, sql),
                        new String[]{schema.globalIndexColumn()});
                return appending(insert, events, conditions, (int) sql.chars().filter(c -> c == '?').count() + 1);
            }
            return method.invoke(connection, args);
        });
        return JdbcEventStorageEngineStatements.appendEvents(preparing, schema, dataType, events, serializer,
                timestampWriter);
    }

    /** Binds the conditions after each event's own parameters, and keeps the positions once executed. */
    private PreparedStatement appending(PreparedStatement insert, List<? extends EventMessage<?>> events,
                                        List<AppendCondition> conditions, int firstConditionParameter) {
        return proxy(PreparedStatement.class, insert, (method, args) -> {
            if (method.getName().equals("addBatch") && args == null) {
                AppendCondition.bind(conditions, insert, firstConditionParameter);
            }
            Object result = method.invoke(insert, args);
            if (method.getName().equals("executeBatch")) {
                notifyAfterCommit(keepPositions(insert, events, !conditions.isEmpty()));
            }
            return result;
        });
    }

    /**
     * Keeps each event's position for the command that appended it; answers the highest. Under a condition, an event
     * without a position was not inserted: the condition was false.
     */
    private static long keepPositions(PreparedStatement insert, List<? extends EventMessage<?>> events,
                                      boolean conditional) throws SQLException {
        Optional<AppendedEvents> appended = AppendedEvents.ofCurrentUnitOfWork();
        long highest = AppendNotifier.UNKNOWN;
        int inserted = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int i = 0; keys.next() && i < events.size(); i++, inserted++) {
                long position = keys.getLong(1);
                highest = Math.max(highest, position);
                if (appended.isPresent()) {
                    EventMessage<?> event = events.get(i);
                    String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
                    appended.get().appended(aggregateId, position);
                }
            }
        }
        if (conditional && inserted < events.size()) {
            EventMessage<?> first = events.get(0);
            throw new AppendConditionFailed(first instanceof DomainEventMessage<?> domain
                    ? domain.getAggregateIdentifier() : first.getIdentifier());
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
