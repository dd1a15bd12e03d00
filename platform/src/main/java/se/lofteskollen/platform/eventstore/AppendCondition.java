package se.lofteskollen.platform.eventstore;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must still be true in the database when a unit of work's events are appended: a boolean SQL expression and
 * its parameters, evaluated by the INSERT itself ({@code INSERT … SELECT … WHERE condition}). A command decided on
 * facts it read earlier, without holding them locked, states here that they still hold; the expression takes
 * whatever row locks it needs ({@code FOR SHARE} in a sub-select), so a change committing at the same moment is
 * either seen or made to wait. If the expression is false nothing is stored and the append fails with
 * {@link AppendConditionFailed}. A unit of work that appends one event under a condition appends it in a single
 * statement, committed on its own, with no transaction around it (see {@link PostgresStorageEngine}).
 *
 * @param sql        a boolean expression, with {@code ?} for each parameter
 * @param parameters bound in order with {@code setObject} (Java arrays become PostgreSQL arrays)
 */
public record AppendCondition(String sql, List<Object> parameters) {

    private static final String RESOURCE = AppendCondition.class.getName();

    public AppendCondition {
        parameters = List.copyOf(parameters);
    }

    /** Adds {@code condition} to those the current unit of work's append must meet. */
    public static void requireForCurrentUnitOfWork(AppendCondition condition) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("an append condition outside a unit of work: nothing would check it");
        }
        CurrentUnitOfWork.get().root().<List<AppendCondition>>getOrComputeResource(RESOURCE, key -> new ArrayList<>())
                .add(condition);
    }

    /** The conditions of the current unit of work, if it stated any. */
    static Optional<List<AppendCondition>> ofCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        List<AppendCondition> conditions = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return conditions == null || conditions.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(conditions));
    }

    /**
     * Axon's {@code INSERT INTO table (columns) VALUES (?, …)} as
     * {@code INSERT INTO table (columns) SELECT ?, … WHERE conditions}: the same columns and parameters, the
     * conditions' parameters after them.
     */
    static String applied(List<AppendCondition> conditions, String insertValues) {
        int values = insertValues.lastIndexOf(" VALUES (");
        if (values < 0 || !insertValues.endsWith(")")) {
            throw new IllegalStateException("not an INSERT … VALUES (…) to append under a condition: "
                    + insertValues);
        }
        StringBuilder sql = new StringBuilder(insertValues.substring(0, values)).append(" SELECT ")
                .append(insertValues, values + " VALUES (".length(), insertValues.length() - 1).append(" WHERE ");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? "(" : " AND (").append(conditions.get(i).sql()).append(')');
        }
        return sql.toString();
    }

    /** Binds the conditions' parameters from {@code index} on. */
    static void bind(List<AppendCondition> conditions, PreparedStatement statement, int index) throws SQLException {
        for (AppendCondition condition : conditions) {
            for (Object parameter : condition.parameters()) {
                statement.setObject(index++, parameter);
            }
        }
    }
}
