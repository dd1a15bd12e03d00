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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

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
 * The same statement appends the events of several units of work in one commit ({@link #appendTogether}), each
 * bound with its own unit of work's conditions.
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
        return bound(connection, schema, dataType, events, serializer, timestampWriter,
                sql -> conditions.isEmpty() ? sql : AppendCondition.applied(conditions, sql), row -> conditions,
                insert -> notifyAfterCommit(keepPositions(insert, events, !conditions.isEmpty())));
    }

    /** One event of a unit of work, to be appended with those of others, under that unit of work's conditions. */
    record Grouped(EventMessage<?> event, List<AppendCondition> conditions) {
    }

    /**
     * Appends the events of several units of work in one transaction on {@code connection}, each under its own
     * conditions ({@code ON CONFLICT DO NOTHING}: one event whose key is taken leaves the others in); one batch per
     * shape of condition. Answers each event's position, or {@code null} for one not stored: its condition was false
     * or its key taken, which it learns by being appended alone. Nothing is stored if a statement fails, or answers
     * other than one row or none per event; the notifier is told once, after the commit, if any event went in.
     */
    List<Long> appendTogether(Connection connection, EventSchema schema, Class<?> dataType, List<Grouped> rows,
                              Serializer serializer, TimestampWriter timestampWriter) throws SQLException {
        Map<List<String>, List<Integer>> byShape = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byShape.computeIfAbsent(rows.get(i).conditions().stream().map(AppendCondition::sql).toList(),
                    shape -> new ArrayList<>()).add(i);
        }
        Long[] positions = new Long[rows.size()];
        connection.setAutoCommit(false);
        try {
            for (List<Integer> indices : byShape.values()) {
                List<Grouped> part = indices.stream().map(rows::get).toList();
                List<AppendCondition> shape = part.get(0).conditions();
                try (PreparedStatement insert = bound(connection, schema, dataType,
                        part.stream().map(Grouped::event).toList(), serializer, timestampWriter,
                        sql -> AppendCondition.applied(shape, sql) + " ON CONFLICT DO NOTHING",
                        row -> part.get(row).conditions(), executed -> {
                        })) {
                    positionsOf(insert, insert.executeBatch(), indices, positions);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        // Nothing to announce when no event went in: each is appended alone next, and announced then.
        Arrays.stream(positions).filter(Objects::nonNull).mapToLong(Long::longValue).max()
                .ifPresent(notifier::appended);
        return Arrays.asList(positions);
    }

    /** The rows one batch stored: one row or none per event, else the batch is not to be trusted. */
    private static void positionsOf(PreparedStatement insert, int[] counts, List<Integer> indices, Long[] positions)
            throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] != 0 && counts[k] != 1) {
                    throw new SQLException("an append together answered " + counts[k] + " rows for one event");
                }
                if (counts[k] == 1) {
                    if (!keys.next()) {
                        throw new SQLException("an append together answered fewer positions than rows");
                    }
                    positions[indices.get(k)] = keys.getLong(1);
                }
            }
        }
    }

    /**
     * Axon's statement for {@code events}, its SQL rewritten by {@code sql}, each event's conditions ({@code
     * conditionsOf} its index) bound after its own parameters, and {@code executed} run once the batch has run.
     */
    private static PreparedStatement bound(Connection connection, EventSchema schema, Class<?> dataType,
                                           List<? extends EventMessage<?>> events, Serializer serializer,
                                           TimestampWriter timestampWriter, UnaryOperator<String> sql,
                                           IntFunction<List<AppendCondition>> conditionsOf,
                                           Executed executed) throws SQLException {
        Connection preparing = proxy(Connection.class, connection, (method, args) -> {
            // Axon's statement builder prepares with prepareStatement(sql), then binds and adds each event.
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                String axons = (String) args[0];
                PreparedStatement insert = connection.prepareStatement(sql.apply(axons),
                        new String[]{schema.globalIndexColumn()});
                return appending(insert, conditionsOf, (int) axons.chars().filter(c -> c == '?').count() + 1,
                        executed);
            }
            return method.invoke(connection, args);
        });
        return JdbcEventStorageEngineStatements.appendEvents(preparing, schema, dataType, events, serializer,
                timestampWriter);
    }

    @FunctionalInterface
    private interface Executed {
        void accept(PreparedStatement insert) throws SQLException;
    }

    /** Binds each event's conditions after its own parameters, and runs {@code executed} once executed. */
    private static PreparedStatement appending(PreparedStatement insert,
                                               IntFunction<List<AppendCondition>> conditionsOf,
                                               int firstConditionParameter, Executed executed) {
        int[] added = {0};
        return proxy(PreparedStatement.class, insert, (method, args) -> {
            if (method.getName().equals("addBatch") && args == null) {
                AppendCondition.bind(conditionsOf.apply(added[0]++), insert, firstConditionParameter);
            }
            Object result = method.invoke(insert, args);
            if (method.getName().equals("executeBatch")) {
                executed.accept(insert);
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
        long highest = AppendNotifier.UNKNOWN;
        int inserted = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            for (int i = 0; keys.next() && i < events.size(); i++, inserted++) {
                long position = keys.getLong(1);
                highest = Math.max(highest, position);
                keepPosition(events.get(i), position);
            }
        }
        if (conditional && inserted < events.size()) {
            EventMessage<?> first = events.get(0);
            throw new AppendConditionFailed(first instanceof DomainEventMessage<?> domain
                    ? domain.getAggregateIdentifier() : first.getIdentifier());
        }
        return highest;
    }

    /** Keeps an event's position for the command of the current unit of work, which appended it. */
    static void keepPosition(EventMessage<?> event, long position) {
        AppendedEvents.ofCurrentUnitOfWork().ifPresent(appended -> appended.appended(
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null, position));
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
