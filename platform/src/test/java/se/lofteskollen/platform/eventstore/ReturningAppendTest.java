package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;
import se.lofteskollen.platform.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The append answers the positions PostgreSQL gave the new events, and the streams are woken after the commit,
 * not from inside the transaction.
 */
class ReturningAppendTest {

    private PGSimpleDataSource dataSource;
    private SpringTransactionManager transactions;
    private PostgresStorageEngine engine;
    private AppendNotifier notifier;
    private Connection listening;

    @BeforeEach
    void eventStore() throws SQLException {
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.newDatabaseUrl());
        dataSource.setUser("postgres");
        EventStoreSchema.migrate(dataSource);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        notifier = AppendNotifier.connectingTo(dataSource.getUrl(), "postgres", null);
        notifier.start();
        engine = TestStorageEngine.over(dataSource, transactions, notifier);
        listening = dataSource.getConnection();
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN domain_event_appended");
        }
    }

    @AfterEach
    void close() throws SQLException {
        notifier.stop();
        listening.close();
    }

    private static DomainEventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Note", aggregateId, sequence, Map.of("note", "n" + sequence));
    }

    private PGNotification[] notificationsWithin(int millis) throws SQLException {
        PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(millis);
        return notifications == null ? new PGNotification[0] : notifications;
    }

    @Test
    void theAppendAnswersThePositionsOfItsEventsWithoutReadingThemBack() {
        engine.appendEvents(event("other", 0));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        engine.appendEvents(List.of(event("note-1", 0), event("note-1", 1), event("note-2", 0)));
        AppendedEvents appended = AppendedEvents.ofCurrentUnitOfWork().orElseThrow();
        unitOfWork.commit();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(appended.newestOf("note-1")).hasValue(jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'note-1' AND sequence_number = 1", Long.class));
        assertThat(appended.newestOf("note-2")).hasValue(jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'note-2'", Long.class));
        assertThat(appended.newest()).hasValue(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class));
        assertThat(appended.newestOf("other")).isEmpty();
    }

    @Test
    void aListenerIsWokenAfterTheCommitAndNotBefore() throws SQLException {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        engine.appendEvents(event("note-1", 0));

        assertThat(notificationsWithin(300)).as("before the commit").isEmpty();
        unitOfWork.commit();

        PGNotification[] notifications = notificationsWithin(10_000);
        assertThat(notifications).as("after the commit").isNotEmpty();
        assertThat(notifications[notifications.length - 1].getParameter()).as("the position it reached")
                .isEqualTo(String.valueOf(new JdbcTemplate(dataSource).queryForObject(
                        "SELECT max(global_index) FROM domain_event_entry", Long.class)));
    }

    @Test
    void aRolledBackAppendWakesNobody() throws SQLException {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        engine.appendEvents(event("note-1", 0));
        unitOfWork.rollback();

        assertThat(notificationsWithin(300)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isZero();
    }

    @Test
    void aTakenNewAggregateIdIsAStreamCreationConflictAndATakenSequenceAConcurrencyConflict() {
        engine.appendEvents(event("note-1", 0), event("note-1", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("note-1", 0))).isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("note-1", 1))).isInstanceOf(ConcurrencyException.class);
    }
}
