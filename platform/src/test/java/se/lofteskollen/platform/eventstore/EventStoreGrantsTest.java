package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.platform.testing.TestDatabase;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the event store's owner grants each service's role after every migration
 * (afterMigrate__grant_service_access.sql): exactly what the service needs, never a change of an event.
 */
class EventStoreGrantsTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final List<String> PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER");

    private PGSimpleDataSource owner;
    private JdbcTemplate jdbc;
    private String serviceRole;

    @BeforeEach
    void aDatabaseAndAServiceRole() {
        owner = new PGSimpleDataSource();
        owner.setUrl(TestDatabase.newDatabaseUrl());
        owner.setUser("postgres");
        jdbc = new JdbcTemplate(owner);
        // Roles belong to the whole server, which the tests of this JVM share.
        serviceRole = "service_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        jdbc.execute("CREATE ROLE " + serviceRole + " LOGIN");
    }

    private Set<String> privileges(String table) {
        Set<String> held = new TreeSet<>();
        for (String privilege : PRIVILEGES) {
            if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT has_table_privilege(?, ?, ?)", Boolean.class,
                    serviceRole, table, privilege))) {
                held.add(privilege);
            }
        }
        return held;
    }

    private boolean usesSequence() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT has_sequence_privilege(?, 'domain_event_entry_global_index_seq', 'USAGE')",
                Boolean.class, serviceRole));
    }

    @Test
    void theCommandSidesRoleReadsAndAppendsEventsAndKeepsSnapshots() {
        EventStoreSchema.migrate(owner, serviceRole, EventStoreAccess.APPEND);

        assertThat(privileges("domain_event_entry")).containsExactlyInAnyOrder("SELECT", "INSERT");
        assertThat(usesSequence()).isTrue();
        assertThat(privileges("snapshot_event_entry")).containsExactlyInAnyOrder("SELECT", "INSERT", "DELETE");
        assertThat(privileges("token_entry")).isEmpty();
        assertThat(privileges(EventStoreSchema.HISTORY_TABLE)).isEmpty();
    }

    @Test
    void theQuerySidesRoleOnlyReadsEventsAndKeepsItsTokens() {
        EventStoreSchema.migrate(owner, serviceRole, EventStoreAccess.READ);

        assertThat(privileges("domain_event_entry")).containsExactly("SELECT");
        assertThat(usesSequence()).isFalse();
        assertThat(privileges("snapshot_event_entry")).isEmpty();
        assertThat(privileges("token_entry")).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        assertThat(privileges(EventStoreSchema.HISTORY_TABLE)).isEmpty();
    }

    @Test
    void aChangeOfEventsGrantedByHandIsTakenBackAtTheNextMigration() {
        EventStoreSchema.migrate(owner, serviceRole, EventStoreAccess.APPEND);
        jdbc.execute("GRANT ALL ON domain_event_entry TO " + serviceRole);

        EventStoreSchema.migrate(owner, serviceRole, EventStoreAccess.APPEND);

        assertThat(privileges("domain_event_entry")).containsExactlyInAnyOrder("SELECT", "INSERT");
    }

    @Test
    void aServiceConnectingAsTheOwnerItselfChangesNoPrivilege() {
        EventStoreSchema.migrate(owner);
        String before = jdbc.queryForObject("SELECT relacl::text FROM pg_class WHERE relname = 'domain_event_entry'", String.class);

        EventStoreSchema.migrate(owner, "postgres", EventStoreAccess.READ);

        // Had it run, the owner would have taken UPDATE and DELETE from itself (as it takes them from a service).
        assertThat(jdbc.queryForObject("SELECT relacl::text FROM pg_class WHERE relname = 'domain_event_entry'", String.class))
                .isEqualTo(before);
    }
}
