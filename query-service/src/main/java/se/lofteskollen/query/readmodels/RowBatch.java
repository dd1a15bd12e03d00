package se.lofteskollen.query.readmodels;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way the projections write the read models: the rows of one processor batch, written as one JDBC batch per
 * statement just before the batch's transaction commits (with its token). A replay then costs one round trip per
 * statement and batch instead of a lookup and a write per event.
 *
 * <p>Every statement is idempotent, so that an event delivered again changes nothing: a new row is an
 * {@code INSERT … ON CONFLICT DO NOTHING} keyed by what made it ({@link #add}), a change an {@code UPDATE … WHERE}
 * whose condition leaves a row alone that already has it ({@link #change}).
 *
 * <p>The batch's new rows are written first, then its changes, each kind grouped per statement in the order each
 * statement was first used: a row before the rows that refer to it, and a change after the row it changes, even when
 * a change of another row came first ("revise A, pledge B, revise B" is written "pledge B; revise A, B"). Two
 * statements that change the same row are therefore not written in the order of their events, and must not depend on
 * it: each leaves alone what the other changes. A handler that reads what earlier events of its batch wrote calls
 * {@link #flush()} first. What is worked out from the rows a batch wrote (the report tallies) is written after them,
 * before the commit, by one statement of its own ({@link #derive}).
 *
 * <p>A small batch (live, a few events) is sent in one round trip: its new rows (one multi-row insert per statement),
 * its changes and then the derived statements, as one multi-statement prepared statement, which the driver sends as
 * one pipeline of the statements' messages with one sync: a report on its own is one round trip besides the token's
 * and the commit, not eight.
 * A large batch (a replay, a burst) is written one JDBC batch per statement, each one round trip of many rows, so
 * that each statement stays one prepared statement however many rows it has.
 *
 * <p>Statements name their tables unqualified: a rebuild's {@code SET LOCAL search_path} points them at its own
 * tables. Only a reset writes beside this, with a plain {@code TRUNCATE}: it empties whole tables for no event, before
 * the replay's first batch.
 */
@Component
public class RowBatch {

    private static final String RESOURCE = RowBatch.class.getName();
    /**
     * The most rows (and derived statements) sent as one: a live batch of a few events. The driver prepares a
     * multi-statement text on the server once it has been used five times, each of its statements apart, so texts of
     * many rows in many shapes would fill the server's memory with plans used once.
     */
    private static final int ONE_ROUND_TRIP_MOST = 32;

    private final JdbcTemplate jdbc;

    public RowBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a new row, an {@code INSERT}; outside a processor's unit of work (a reset, a test) it is written at once.
     */
    public void add(String sql, Object... values) {
        pend(Kind.NEW_ROW, sql, values);
    }

    /**
     * Adds a change of a row, an {@code UPDATE}, written after the batch's new rows; outside a processor's unit of
     * work it is written at once.
     */
    public void change(String sql, Object... values) {
        pend(Kind.CHANGE, sql, values);
    }

    /**
     * Feeds a writer of what is worked out from the rows the batch wrote: {@code feed} adds the current event's part
     * to the batch's state (made by {@code state} on first use), and {@code write} makes of that state, once, when the
     * batch commits, the statement that is written after the batch's rows (or null: nothing to write). Outside a
     * processor's unit of work the state is the event's alone and written at once. The state is not discarded with a
     * failed event's rows: the statement reads back what was written.
     */
    public <T> void derive(String name, Supplier<T> state, Consumer<T> feed, Function<T, Statement> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            T own = state.get();
            feed.accept(own);
            send(derivedOnly(write.apply(own)));
            return;
        }
        @SuppressWarnings("unchecked")
        Derived<T> derived = (Derived<T>) pending().derived.computeIfAbsent(name,
                ignored -> new Derived<>(state.get(), write));
        feed.accept(derived.state());
    }

    /** Writes the rows added so far in this batch, so that a query in the same transaction sees them. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            pending().writeRows();
        }
    }

    /**
     * Forgets the rows added since the last flush without writing them: those of an event that failed and is
     * being parked (see the dead letters), whose rows must not reach the read model with the rest of the batch.
     */
    public void discardPending() {
        if (CurrentUnitOfWork.isStarted()) {
            pending().discardRows();
        }
    }

    /** One statement with its values; an array of strings is sent as a {@code varchar[]}. */
    public record Statement(String sql, Object... values) {
    }

    private void pend(Kind kind, String sql, Object[] values) {
        if (!CurrentUnitOfWork.isStarted()) {
            Map<String, List<Object[]>> row = Map.of(kind.checked(sql), List.<Object[]>of(values));
            send(kind == Kind.NEW_ROW ? new Writes(row, Map.of(), List.of()) : new Writes(Map.of(), row, List.of()));
            return;
        }
        pending().of(kind).computeIfAbsent(sql, kind::newGroup).add(values);
    }

    private Pending pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, ignored -> {
            Pending pending = new Pending();
            batch.onPrepareCommit(unitOfWork -> pending.writeAll());
            return pending;
        });
    }

    /** What a statement does to the read model, which decides when it is written in its batch. */
    private enum Kind {
        NEW_ROW("INSERT"), CHANGE("UPDATE");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        /** A statement of another kind would be written out of its place: a programming error. */
        String checked(String sql) {
            if (!sql.stripLeading().regionMatches(true, 0, verb, 0, verb.length())) {
                throw new IllegalArgumentException("not an " + verb + ": " + sql);
            }
            return sql;
        }

        List<Object[]> newGroup(String sql) {
            checked(sql);
            return new ArrayList<>();
        }
    }

    private record Derived<T>(T state, Function<T, Statement> writer) {
        Statement statement() {
            return writer.apply(state);
        }
    }

    private static Writes derivedOnly(Statement statement) {
        return new Writes(Map.of(), Map.of(), statement == null ? List.of() : List.of(statement));
    }

    /** What is sent together: the new rows, then the changes, each per statement, then the derived statements. */
    private record Writes(Map<String, List<Object[]>> newRows, Map<String, List<Object[]>> changes,
                          List<Statement> derived) {

        /** Rows and derived statements: what the limit of one round trip counts. */
        int size() {
            return count(newRows) + count(changes) + derived.size();
        }

        private static int count(Map<String, List<Object[]>> rows) {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    /** What one batch has added and not written yet, per statement. */
    private final class Pending {
        private final Map<String, List<Object[]>> newRows = new LinkedHashMap<>();
        private final Map<String, List<Object[]>> changes = new LinkedHashMap<>();
        private final Map<String, Derived<?>> derived = new LinkedHashMap<>();

        Map<String, List<Object[]>> of(Kind kind) {
            return kind == Kind.NEW_ROW ? newRows : changes;
        }

        void writeRows() {
            send(new Writes(newRows, changes, List.of()));
            discardRows();
        }

        void discardRows() {
            newRows.clear();
            changes.clear();
        }

        void writeAll() {
            List<Statement> statements = new ArrayList<>();
            for (Derived<?> writer : derived.values()) {
                Statement statement = writer.statement();
                if (statement != null) {
                    statements.add(statement);
                }
            }
            send(new Writes(newRows, changes, statements));
            discardRows();
            derived.clear();
        }
    }

    private void send(Writes writes) {
        int size = writes.size();
        if (size == 0) {
            return;
        }
        if (size <= ONE_ROUND_TRIP_MOST) {
            sendTogether(writes);
            return;
        }
        writes.newRows().forEach(this::write);
        writes.changes().forEach(this::write);
        for (Statement statement : writes.derived()) {
            jdbc.update(statement.sql(), (PreparedStatementSetter) prepared -> setAll(prepared, statement.values()));
        }
    }

    /**
     * Every statement of the writes as one multi-statement prepared statement: one round trip. The new rows of one
     * statement are one insert of several rows, as in a JDBC batch of them (one statement per row costs the server
     * more: a live batch of a few events would be a few times as many statements).
     */
    private void sendTogether(Writes writes) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        BiConsumer<String, Object[]> append = (text, row) -> {
            sql.append(text.strip()).append(";\n");
            values.addAll(Arrays.asList(row));
        };
        writes.newRows().forEach((text, rows) -> {
            String together = rows.size() > 1 ? MultiRowInsert.of(text, rows.size()) : null;
            if (together == null) {
                rows.forEach(row -> append.accept(text, row));
            } else {
                append.accept(together, rows.stream().flatMap(Arrays::stream).toArray());
            }
        });
        writes.changes().forEach((text, rows) -> rows.forEach(row -> append.accept(text, row)));
        writes.derived().forEach(statement -> append.accept(statement.sql(), statement.values()));
        jdbc.update(sql.toString(), (PreparedStatementSetter) prepared -> setAll(prepared, values.toArray()));
    }

    private static void setAll(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(statement, i + 1, values[i]);
        }
    }

    private void write(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                setAll(statement, rows.get(index));
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
        } else if (value instanceof String[] strings) {
            statement.setArray(index, statement.getConnection().createArrayOf("varchar", strings));
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }
}
