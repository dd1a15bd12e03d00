package se.lofteskollen.query.readmodels;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New read-model rows of one processor batch, written as one JDBC batch per statement just before the batch's
 * transaction commits (with its token). A replay then costs one round trip per statement and batch instead of a
 * lookup and an insert per event. The statements are meant to be {@code INSERT … ON CONFLICT DO NOTHING}, so an
 * event delivered again changes nothing. They run in the order each was first added, so a row is written before
 * the rows that refer to it. A handler that reads what earlier events of its batch wrote calls {@link #flush()}
 * first.
 */
@Component
public class RowBatch {

    private static final String RESOURCE = RowBatch.class.getName();

    private final JdbcTemplate jdbc;

    public RowBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row; outside a processor's unit of work (a reset, a test) it is written at once. */
    public void add(String sql, Object... values) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(sql, List.<Object[]>of(values));
            return;
        }
        pending().computeIfAbsent(sql, ignored -> new ArrayList<>()).add(values);
    }

    /** Writes the rows added so far in this batch, so that a query in the same transaction sees them. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, List<Object[]>> pending = pending();
            pending.forEach(this::write);
            pending.clear();
        }
    }

    /**
     * Forgets the rows added since the last flush without writing them: those of an event that failed and is
     * being parked (see the dead letters), whose rows must not reach the read model with the rest of the batch.
     */
    public void discardPending() {
        if (CurrentUnitOfWork.isStarted()) {
            pending().clear();
        }
    }

    private Map<String, List<Object[]>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, ignored -> {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            batch.onPrepareCommit(unitOfWork -> {
                rows.forEach(this::write);
                rows.clear();
            });
            return rows;
        });
    }

    private void write(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                Object[] row = rows.get(index);
                for (int column = 0; column < row.length; column++) {
                    set(statement, column + 1, row[column]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            // The server infers the column's type: no extra round trip to ask the driver for it.
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
