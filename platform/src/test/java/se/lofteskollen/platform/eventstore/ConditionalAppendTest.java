package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An append under a condition: the INSERT itself checks that what the command was decided on still holds, takes the
 * locks the condition asks for, and stores nothing when it does not hold. One event is one statement committed on its
 * own; several are appended in the unit of work's transaction.
 */
class ConditionalAppendTest {

    private final CheckedEventStore store = new CheckedEventStore(List.of("6.2"), List.of());
    private final PGSimpleDataSource dataSource = store.dataSource;
    private final JdbcTemplate jdbc = store.jdbc;
    private final SpringTransactionManager transactions = store.transactions;
    private final PostgresStorageEngine engine = store.engine;

    @AfterEach
    void close() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
        store.close();
    }

    private static DomainEventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Report", aggregateId, sequence, Map.of("commitmentId", "6.2"));
    }

    /** What another connection sees: never the one a transaction of this thread is bound to. */
    private long stored() {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement();
             var count = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unit of work without a transaction, as a command checked at its append is handled. */
    private static UnitOfWork<?> decidedOnCommitment(String commitmentId) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        AppendCondition.requireForCurrentUnitOfWork(CheckedEventStore.stillOpen(commitmentId));
        return unitOfWork;
    }

    @Test
    void oneEventWhoseConditionHoldsIsStoredAndCommittedByItsOwnStatement() {
        UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");
        engine.appendEvents(event("visit-1", 0));

        assertThat(stored()).as("seen from another connection before the unit of work commits").isEqualTo(1);
        assertThat(AppendedEvents.ofCurrentUnitOfWork().orElseThrow().newestOf("visit-1")).hasValue(
                jdbc.queryForObject("SELECT global_index FROM domain_event_entry", Long.class));
        unitOfWork.commit();
    }

    @Test
    void anEventWhoseConditionNoLongerHoldsIsNotStoredAndTheAppendFails() {
        jdbc.update("UPDATE commitment SET open = FALSE");
        UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");

        assertThatThrownBy(() -> engine.appendEvents(event("visit-1", 0))).isInstanceOf(AppendConditionFailed.class);
        unitOfWork.rollback();
        assertThat(stored()).isZero();
    }

    @Test
    void aChangeNotYetCommittedMakesTheAppendWaitAndThenFail() throws Exception {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.executeUpdate("UPDATE commitment SET open = FALSE");

            CompletableFuture<Void> append = CompletableFuture.runAsync(() -> {
                UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");
                try {
                    engine.appendEvents(event("visit-1", 0));
                    unitOfWork.commit();
                } catch (RuntimeException failure) {
                    unitOfWork.rollback(failure);
                    throw failure;
                }
            });
            Thread.sleep(300);
            assertThat(append).as("waits for the change's commit").isNotDone();
            other.commit();

            assertThatThrownBy(() -> append.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(AppendConditionFailed.class);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void anAppendWhoseConditionHeldHoldsBackAChangeUntilItHasCommitted() throws Exception {
        UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");
        engine.appendEvents(event("visit-1", 0));
        unitOfWork.commit();

        assertThat(jdbc.update("UPDATE commitment SET open = FALSE")).as("nothing is left locked").isOne();
        assertThat(stored()).isOne();
    }

    @Test
    void severalEventsUnderAConditionAreAppendedInTheUnitOfWorksTransaction() {
        UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");
        unitOfWork.attachTransaction(transactions);
        engine.appendEvents(List.of(event("meeting-1", 0), event("meeting-2", 0)));

        assertThat(stored()).as("before the commit").isZero();
        unitOfWork.commit();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void severalEventsWhoseConditionNoLongerHoldsAreNoneOfThemStored() {
        jdbc.update("UPDATE commitment SET open = FALSE");
        UnitOfWork<?> unitOfWork = decidedOnCommitment("6.2");
        unitOfWork.attachTransaction(transactions);

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("meeting-1", 0), event("meeting-2", 0))))
                .isInstanceOf(AppendConditionFailed.class);
        unitOfWork.rollback();
        assertThat(stored()).isZero();
    }

    @Test
    void aConditionIsNeverStatedOutsideAUnitOfWork() {
        assertThatThrownBy(() -> AppendCondition.requireForCurrentUnitOfWork(CheckedEventStore.stillOpen("6.2")))
                .isInstanceOf(IllegalStateException.class);
    }
}
