package se.lofteskollen.platform.eventstore;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The event store's schema has its own Flyway history, apart from each service's: both services run
 * it, and PostgreSQL's advisory lock inside Flyway lets whichever starts first apply it.
 */
public final class EventStoreSchema {

    public static final String HISTORY_TABLE = "flyway_event_store_history";

    private EventStoreSchema() {
    }

    /** The tables and columns of {@code V1__create_event_store.sql}, in PostgreSQL's snake case. */
    public static EventSchema events() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    public static TokenSchema tokens() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Migrates as the role of {@code dataSource}, which then owns the tables: one role for everything. */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, "", EventStoreAccess.APPEND);
    }

    /**
     * Migrates as the owner ({@code owner}'s role), then grants {@code serviceRole} the event store access
     * of its service (afterMigrate__grant_service_access.sql), unless it is the owner itself.
     */
    public static void migrate(DataSource owner, String serviceRole, EventStoreAccess access) {
        Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/eventstore")
                .placeholders(Map.of("service_role", serviceRole, "service_access", access.placeholder()))
                .table(HISTORY_TABLE)
                // A database that already holds other tables (a shared schema, an operator's own) is
                // taken as it is, and the event store's tables are added to it.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
