package se.lofteskollen.platform.eventstore;

import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;
import se.lofteskollen.platform.testing.TestDatabase;

import java.util.List;

/**
 * The services' event store in a new test database, beside a table of commitments that appends are checked against
 * ({@link #stillOpen}), as a report is checked against the commitments it was decided on.
 */
final class CheckedEventStore implements AutoCloseable {

    final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    final JdbcTemplate jdbc;
    final SpringTransactionManager transactions;
    final AppendNotifier notifier;
    final PostgresStorageEngine engine;

    /** {@code openCommitments} and {@code closedCommitments}: the ids in the commitment table. */
    CheckedEventStore(List<String> openCommitments, List<String> closedCommitments) {
        dataSource.setUrl(TestDatabase.newDatabaseUrl());
        dataSource.setUser("postgres");
        EventStoreSchema.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE commitment (id TEXT PRIMARY KEY, open BOOLEAN NOT NULL)");
        openCommitments.forEach(id -> jdbc.update("INSERT INTO commitment VALUES (?, TRUE)", id));
        closedCommitments.forEach(id -> jdbc.update("INSERT INTO commitment VALUES (?, FALSE)", id));
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        notifier = AppendNotifier.connectingTo(dataSource.getUrl(), "postgres", null);
        notifier.start();
        engine = TestStorageEngine.over(dataSource, transactions, notifier);
    }

    /** The commitment is still open, locked for the statement as a reader would lock it. */
    static AppendCondition stillOpen(String commitmentId) {
        return new AppendCondition("(SELECT count(*) FROM (SELECT 1 FROM commitment WHERE id = ? AND open "
                + "FOR SHARE) still) = 1", List.of(commitmentId));
    }

    @Override
    public void close() {
        notifier.stop();
    }
}
