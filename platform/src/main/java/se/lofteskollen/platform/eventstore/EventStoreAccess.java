package se.lofteskollen.platform.eventstore;

import java.util.Locale;

/**
 * What a service may do in the event store's tables, granted by the event store's owner to the role the
 * service connects as ({@code afterMigrate__grant_service_access.sql}). Each service names its own in its
 * defaults; an operator never chooses it.
 */
public enum EventStoreAccess {

    /** The command-service: reads and appends events (and their sequence), keeps aggregate snapshots. */
    APPEND,

    /** The query-service: reads events; keeps its processors' tracking tokens. */
    READ;

    /** As the migration's placeholder spells it. */
    String placeholder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
