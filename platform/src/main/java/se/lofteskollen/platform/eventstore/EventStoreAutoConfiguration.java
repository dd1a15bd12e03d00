package se.lofteskollen.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import se.lofteskollen.events.upcasting.EventUpcasters;
import se.lofteskollen.platform.eventstore.notify.AppendListener;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;
import se.lofteskollen.platform.eventstore.notify.NotifiedEventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL event store both services use: the JDBC storage engine over a Flyway-owned schema,
 * events and tokens as JSON in bytea columns, and streaming processors woken by LISTEN/NOTIFY, which the
 * appending service sends after its commits ({@link AppendNotifier}).
 *
 * <p>Declared before Axon's own auto-configuration so that Axon's JPA variants (which would map the
 * serialized columns to {@code oid} large objects) never apply, whichever service has JPA on its path.
 */
@AutoConfiguration(
        after = DataSourceAutoConfiguration.class,
        before = {AxonAutoConfiguration.class, JpaAutoConfiguration.class, JpaEventStoreAutoConfiguration.class,
                JdbcAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    /** One mapper for what is stored: tolerant of fields it does not know, dates as ISO text. */
    static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static Serializer storageSerializer() {
        return jsonSerializer();
    }

    private static Serializer jsonSerializer() {
        return JacksonSerializer.builder().objectMapper(storageObjectMapper()).build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jsonSerializer();
    }

    /** Reads stored events of older revisions into today's shape, in the order the steps apply. */
    @Bean
    public ConfigurerModule eventUpcasters() {
        return configurer -> EventUpcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Recognises PostgreSQL's unique violation (SQLSTATE 23505), which Axon turns into a retryable conflict. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueKeyViolation();
    }

    @Bean
    public PostgresStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventStoreProperties properties,
                                                 AppendNotifier appendNotifier) {
        return new PostgresStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(properties.getAccess() == EventStoreAccess.READ
                        // A service that only reads the log reads it outside a transaction: a read is one statement
                        // (a gap check one more, with its own snapshot, as in a READ COMMITTED transaction), and the
                        // transaction's COMMIT would be a round trip of its own, for every batch, for nothing.
                        ? NoTransactionManager.instance() : transactionManager)
                .schema(EventStoreSchema.events())
                .batchSize(properties.getBatchSize())
                .gapTimeout(properties.getGapTimeoutMillis()),
                new ReturningAppend(appendNotifier));
    }

    /** Wakes the streams of every service after each commit of events, coalesced ({@link ReturningAppend}). */
    @Bean
    public AppendNotifier appendNotifier(DataSourceProperties dataSource) {
        return AppendNotifier.connectingTo(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword());
    }

    @Bean
    public AppendListener appendListener(DataSourceProperties dataSource) {
        return new AppendListener(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword());
    }

    /** Axon's embedded event store, with streams that PostgreSQL wakes on every append. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(PostgresStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         AppendListener appendListener, EventStoreProperties properties) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class));
        return NotifiedEventStore.create(builder, storageEngine, appendListener, properties.getSafetyPollMillis());
    }

    /**
     * Who holds a processor segment. Axon's default is the JVM's pid@host, which two instances in one JVM
     * (or two containers that both run as pid 1 on look-alike hosts) would share, and then both would
     * process the same segment.
     */
    static String nodeId(String applicationName) {
        return applicationName + "@" + ManagementFactory.getRuntimeMXBean().getName() + "#"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 EventStoreProperties properties,
                                 @Value("${spring.application.name:lofteskollen}") String applicationName) {
        return JdbcTokenStore.builder()
                .nodeId(nodeId(applicationName))
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(EventStoreSchema.tokens())
                .claimTimeout(properties.getTokenClaimTimeout())
                .build();
    }

    /**
     * Runs the event store's own migrations, then the service's. Where an owner is configured
     * ({@code lofteskollen.event-store.migration.*}), the event store is migrated as that owner, which then
     * grants the service's own role its access; the service's migrations run as the service's role, which
     * owns its own tables.
     */
    @Bean
    public FlywayMigrationStrategy eventStoreFirst(DataSource dataSource, EventStoreProperties properties) {
        return serviceFlyway -> {
            EventStoreProperties.Migration migration = properties.getMigration();
            if (StringUtils.hasText(migration.getUsername())) {
                migrateAsOwner(dataSource, migration, properties.getAccess());
            } else {
                EventStoreSchema.migrate(dataSource);
            }
            serviceFlyway.migrate();
        };
    }

    private static void migrateAsOwner(DataSource service, EventStoreProperties.Migration migration, EventStoreAccess access) {
        if (access == null) {
            throw new IllegalStateException("lofteskollen.event-store.access is not set, so the event store's owner "
                    + "cannot tell what to grant this service's role: each service's defaults set it (append or read)");
        }
        String serviceUrl;
        String serviceRole;
        // The role and URL the service really connects with, whatever way they were configured.
        try (Connection connection = service.getConnection();
             Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("SELECT current_user")) {
            role.next();
            serviceRole = role.getString(1);
            serviceUrl = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the database as the service: " + e.getMessage(), e);
        }
        String url = StringUtils.hasText(migration.getUrl()) ? migration.getUrl() : serviceUrl;
        // A plain, unpooled data source: the owner's credentials are used for the migration and then dropped.
        DataSource owner = new DriverManagerDataSource(url, migration.getUsername(), migration.getPassword());
        requireConnectsAs(owner, migration.getUsername());
        EventStoreSchema.migrate(owner, serviceRole, access);
    }

    /**
     * A user named in the URL (?user=...) outranks the one the driver is given: the migration would then run as
     * the service's role, which would come to own the event store's tables and could drop its append-only triggers.
     */
    private static void requireConnectsAs(DataSource owner, String expectedRole) {
        try (Connection connection = owner.getConnection();
             Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("SELECT current_user")) {
            role.next();
            if (!expectedRole.equals(role.getString(1))) {
                throw new IllegalStateException("the event store's migration connects as " + role.getString(1)
                        + ", not as lofteskollen.event-store.migration.username (" + expectedRole
                        + "): remove the user from the datasource URL, or set lofteskollen.event-store.migration.url");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the database as the event store's owner "
                    + expectedRole + ": " + e.getMessage(), e);
        }
    }
}
