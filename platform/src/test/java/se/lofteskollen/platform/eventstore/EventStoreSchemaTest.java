package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.platform.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreSchemaTest {

    private static PGSimpleDataSource freshDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.newDatabaseUrl());
        dataSource.setUser("postgres");
        return dataSource;
    }

    @Test
    void anEmptyDatabaseGetsTheEventStoreWithoutANotifyTrigger() {
        PGSimpleDataSource dataSource = freshDatabase();

        EventStoreSchema.migrate(dataSource);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", String.class))
                .contains("domain_event_entry", "snapshot_event_entry", "token_entry");
        // The wake-up is sent after the commit by the appending service (AppendNotifier), never inside it.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_trigger WHERE tgname = 'domain_event_appended'", Integer.class))
                .isZero();
    }

    @Test
    void aDatabaseThatAlreadyHoldsOtherTablesGetsTheEventStoreBesideThem() {
        PGSimpleDataSource dataSource = freshDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE someone_elses (id INTEGER)");

        EventStoreSchema.migrate(dataSource);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class)).isZero();
    }

    @Test
    void migratingTwiceChangesNothing() {
        PGSimpleDataSource dataSource = freshDatabase();

        EventStoreSchema.migrate(dataSource);
        EventStoreSchema.migrate(dataSource);

        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM " + EventStoreSchema.HISTORY_TABLE + " WHERE success", Integer.class)).isEqualTo(4);
    }
}
