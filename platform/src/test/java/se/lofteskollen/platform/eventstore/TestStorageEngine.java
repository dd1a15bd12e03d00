package se.lofteskollen.platform.eventstore;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;

import javax.sql.DataSource;

/** The services' storage engine over a test database, without the Spring context around it. */
final class TestStorageEngine {

    private TestStorageEngine() {
    }

    static PostgresStorageEngine over(DataSource dataSource, SpringTransactionManager transactions, AppendNotifier notifier) {
        return new PostgresStorageEngine(builder(dataSource, transactions), new ReturningAppend(notifier));
    }

    private static JdbcEventStorageEngine.Builder builder(DataSource dataSource, SpringTransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(EventStoreAutoConfiguration.storageSerializer())
                .snapshotSerializer(EventStoreAutoConfiguration.storageSerializer())
                .persistenceExceptionResolver(new UniqueKeyViolation())
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .schema(EventStoreSchema.events());
    }
}
