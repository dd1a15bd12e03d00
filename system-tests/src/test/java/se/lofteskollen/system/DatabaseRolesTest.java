package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.platform.testing.TestDatabase;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.rebuild.Rebuild;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Least privilege in PostgreSQL, as an operator sets it up: {@code deploy/postgres/roles.sql} run by psql creates
 * the roles, both services start as their own roles with the owner's credentials for the event store's migrations,
 * and then the database itself refuses what a role may not do.
 *
 * <p>Runs the script with the psql on the PATH, as an operator would; without psql the test is skipped, except on
 * CI ({@code CI=true}), where it fails: CI installs it. The embedded PostgreSQL trusts local connections, so the
 * passwords are not checked here; the roles, and what each may do, are.
 */
class DatabaseRolesTest {

    static final String OWNER = "lofteskollen_owner";
    static final String COMMAND = "lofteskollen_command";
    static final String QUERY = "lofteskollen_query";

    static String databaseUrl;
    static BothServices services;

    @BeforeAll
    static void rolesCreatedByTheScriptAndBothServicesStartedAsThem() throws Exception {
        // Without "?user=postgres", which the driver would let outrank the role each service is given.
        String url = TestDatabase.newDatabaseUrl();
        databaseUrl = url.substring(0, url.indexOf('?'));
        runRolesScript();
        // A second run changes nothing but the passwords: the script may be run again.
        runRolesScript();

        String ownerMigration = "lofteskollen.event-store.migration.username=" + OWNER;
        String ownerPassword = "lofteskollen.event-store.migration.password=owner-secret";
        services = new BothServices(databaseUrl,
                List.of("spring.datasource.username=" + COMMAND, "spring.datasource.password=command-secret",
                        ownerMigration, ownerPassword),
                List.of("spring.datasource.username=" + QUERY, "spring.datasource.password=query-secret",
                        ownerMigration, ownerPassword));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void eachServiceConnectsAsItsOwnRole() {
        assertThat(currentUser(services.commandBean(DataSource.class))).isEqualTo(COMMAND);
        assertThat(currentUser(services.queryBean(DataSource.class))).isEqualTo(QUERY);
    }

    @Test
    void eachRoleOwnsItsOwnTables() {
        Map<String, String> owners = as("postgres").queryForList(
                        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'").stream()
                .collect(Collectors.toMap(row -> (String) row.get("tablename"), row -> (String) row.get("tableowner")));

        assertThat(owners).containsEntry("domain_event_entry", OWNER)
                .containsEntry("snapshot_event_entry", OWNER)
                .containsEntry("token_entry", OWNER)
                .containsEntry("flyway_event_store_history", OWNER)
                .containsEntry("flyway_command_history", COMMAND)
                .containsEntry("commitment_lookup", COMMAND)
                .containsEntry("flyway_query_history", QUERY)
                .containsEntry("commitment_view", QUERY);
        assertThat(owners.values()).containsOnly(OWNER, COMMAND, QUERY);
    }

    @Test
    void aPledgeIsStoredByTheCommandRoleAndReachesTheReadModelOfTheQueryRole() {
        Map<?, ?> commitment = services.pledgeOneCommitment("roles-2025", Duration.ofSeconds(30));

        assertThat(commitment.get("code")).isEqualTo("1.1");
        assertThat(as(OWNER).queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'roles-2025-1.1'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aRebuildByTheQueryRoleEmptiesItsReadModelsAndReplaysThemFromTheEvents() {
        Rebuild rebuild = services.queryBean(Rebuild.class);

        // Resetting the tokens (UPDATE of token_entry) and emptying the read models (TRUNCATE of its own tables).
        assertThat(rebuild.rebuild(List.of())).allMatch(Rebuild.Started::started);

        await().atMost(Duration.ofSeconds(60)).until(() -> Processors.ALL.stream().noneMatch(rebuild::replaying));
        assertThat(as(QUERY).queryForObject("SELECT count(*) FROM commitment_view", Long.class)).isPositive();
    }

    @Test
    void theQueryRoleCannotAppendAnEvent() {
        assertThatThrownBy(() -> as(QUERY).update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                VALUES ('forged-1', NULL, convert_to('{}', 'UTF8'), 'CommitmentWithdrawn', '2025-05-20T10:00:00Z',
                        'forged-commitment', 0, 'Commitment')"""))
                .rootCause().hasMessageContaining("permission denied for table domain_event_entry");
    }

    @Test
    void theQueryRoleReadsEventsButNoSnapshots() {
        assertThat(as(QUERY).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isPositive();
        assertThatThrownBy(() -> as(QUERY).queryForObject("SELECT count(*) FROM snapshot_event_entry", Long.class))
                .rootCause().hasMessageContaining("permission denied for table snapshot_event_entry");
    }

    @Test
    void theCommandRoleCannotUpdateAnEvent() {
        // Refused by the privilege itself, before the append-only trigger would refuse it ("append-only").
        assertThatThrownBy(() -> as(COMMAND).update("UPDATE domain_event_entry SET payload_type = 'Forged'"))
                .rootCause().hasMessageContaining("permission denied for table domain_event_entry");
    }

    @Test
    void theCommandRoleCannotDeleteAnEvent() {
        assertThatThrownBy(() -> as(COMMAND).update("DELETE FROM domain_event_entry"))
                .rootCause().hasMessageContaining("permission denied for table domain_event_entry");
    }

    @Test
    void theCommandRoleCannotTruncateTheEventLog() {
        assertThatThrownBy(() -> as(COMMAND).execute("TRUNCATE domain_event_entry"))
                .rootCause().hasMessageContaining("permission denied for table domain_event_entry");
        assertThat(as(OWNER).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isPositive();
    }

    @Test
    void theCommandRoleCannotTouchTheQueryServicesTokens() {
        assertThatThrownBy(() -> as(COMMAND).update("DELETE FROM token_entry"))
                .rootCause().hasMessageContaining("permission denied for table token_entry");
    }

    @Test
    void neitherServiceRoleCanDropTheAppendOnlyTriggers() {
        for (String role : List.of(COMMAND, QUERY)) {
            assertThatThrownBy(() -> as(role).execute("DROP TRIGGER domain_event_entry_append_only ON domain_event_entry"))
                    .rootCause().hasMessageContaining("must be owner of");
        }
    }

    @Test
    void aServiceWhoseOwnerMigrationWouldRunAsAnotherRoleRefusesToStart() {
        // The test database's own URL names user=postgres, which the driver lets outrank the owner given to it.
        String urlNamingAUser = TestDatabase.newDatabaseUrl();

        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--spring.datasource.url=" + urlNamingAUser, "--server.port=0",
                "--lofteskollen.event-store.migration.username=" + OWNER,
                "--lofteskollen.event-store.migration.password=owner-secret"))
                .rootCause().hasMessageContaining("not as lofteskollen.event-store.migration.username");
    }

    private static String currentUser(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT current_user", String.class);
    }

    private static JdbcTemplate as(String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(databaseUrl);
        dataSource.setUser(role);
        return new JdbcTemplate(dataSource);
    }

    private static void runRolesScript() throws IOException, InterruptedException {
        Psql.on(databaseUrl).run("-q", "-v", "owner_password=owner-secret", "-v", "command_password=command-secret",
                "-v", "query_password=query-secret", "-f", rolesScript().toString());
    }

    private static Path rolesScript() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path script = directory.resolve("deploy/postgres/roles.sql");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("deploy/postgres/roles.sql not found above " + Path.of("").toAbsolutePath());
    }
}
