package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events appended under conditions at the same moment share one commit: each is checked against its own condition,
 * each command learns its own position, and one that cannot be stored with the others fails on its own as it would
 * have alone.
 */
class GroupedAppendTest {

    private final ExecutorService commands = Executors.newCachedThreadPool();
    private final CheckedEventStore store = new CheckedEventStore(List.of("6.2"), List.of("6.3"));
    private final JdbcTemplate jdbc = store.jdbc;
    private final PostgresStorageEngine engine = store.engine;

    @AfterEach
    void close() {
        commands.shutdownNow();
        store.close();
    }

    /** What a command checked at its append answers: its event's position, as its unit of work kept it. */
    private CompletableFuture<Long> report(String aggregateId, String commitmentId) {
        return CompletableFuture.supplyAsync(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                AppendCondition.requireForCurrentUnitOfWork(CheckedEventStore.stillOpen(commitmentId));
                DomainEventMessage<?> event = new GenericDomainEventMessage<>("Report", aggregateId, 0,
                        Map.of("commitmentId", commitmentId));
                engine.appendEvents(event);
                long position = AppendedEvents.ofCurrentUnitOfWork().orElseThrow().newestOf(aggregateId).orElseThrow();
                unitOfWork.commit();
                return position;
            } catch (RuntimeException failure) {
                unitOfWork.rollback(failure);
                throw failure;
            }
        }, commands);
    }

    /**
     * The first report is appended alone and held (another transaction holds its commitment locked); the others
     * arrive meanwhile, and are appended together once it has committed.
     */
    private List<CompletableFuture<Long>> whileTheFirstIsHeld(String... others) throws Exception {
        List<CompletableFuture<Long>> reports = new ArrayList<>();
        try (Connection holder = store.dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.executeQuery("SELECT 1 FROM commitment WHERE id = '6.2' FOR UPDATE").close();
            reports.add(report("first", "6.2"));
            awaitLockWaits(1);
            for (String other : others) {
                String[] aggregateAndCommitment = other.split(" on ");
                reports.add(report(aggregateAndCommitment[0], aggregateAndCommitment[1]));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (engine.waitingToAppendTogether() < others.length && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(engine.waitingToAppendTogether()).as("waiting behind the first").isEqualTo(others.length);
            holder.commit();
        }
        return reports;
    }

    private void awaitLockWaits(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
                Integer.class) < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** The transaction that stored each aggregate's event. */
    private Map<String, Long> transactionOf(String... aggregateIds) {
        Map<String, Long> transactions = new LinkedHashMap<>();
        for (String aggregateId : aggregateIds) {
            transactions.put(aggregateId, jdbc.queryForObject(
                    "SELECT xmin::text::bigint FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                    aggregateId));
        }
        return transactions;
    }

    private long positionOf(String aggregateId) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    @Test
    void reportsArrivingWhileAnotherCommitsShareOneCommitAndEachLearnsItsOwnPosition() throws Exception {
        List<CompletableFuture<Long>> reports = whileTheFirstIsHeld("b on 6.2", "c on 6.2", "d on 6.2");

        List<Long> positions = new ArrayList<>();
        for (CompletableFuture<Long> report : reports) {
            positions.add(report.get(10, TimeUnit.SECONDS));
        }
        assertThat(positions).containsExactly(positionOf("first"), positionOf("b"), positionOf("c"), positionOf("d"));
        Map<String, Long> transactions = transactionOf("first", "b", "c", "d");
        assertThat(transactions.get("b")).isEqualTo(transactions.get("c")).isEqualTo(transactions.get("d"))
                .isNotEqualTo(transactions.get("first"));
    }

    @Test
    void aReportWhoseConditionFailsInItsGroupFailsAloneAndTheOthersAreStored() throws Exception {
        List<CompletableFuture<Long>> reports = whileTheFirstIsHeld("b on 6.2", "closed on 6.3", "d on 6.2");

        assertThat(reports.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(positionOf("b"));
        assertThatThrownBy(() -> reports.get(2).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AppendConditionFailed.class);
        assertThat(reports.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(positionOf("d"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'closed'",
                Long.class)).isZero();
        Map<String, Long> transactions = transactionOf("b", "d");
        assertThat(transactions.get("b")).isEqualTo(transactions.get("d"));
    }

    @Test
    void aRepeatInAGroupFailsOnItsTakenKeyAsItWouldAloneAndTheOthersAreStored() throws Exception {
        report("repeated", "6.2").get(10, TimeUnit.SECONDS);
        long stored = positionOf("repeated");

        List<CompletableFuture<Long>> reports = whileTheFirstIsHeld("b on 6.2", "repeated on 6.2", "d on 6.2");

        assertThat(reports.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(positionOf("b"));
        assertThatThrownBy(() -> reports.get(2).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AggregateStreamCreationException.class);
        assertThat(reports.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(positionOf("d"));
        assertThat(positionOf("repeated")).as("the stored event unchanged").isEqualTo(stored);
    }
}
