package se.lofteskollen.query.rebuild;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lofteskollen.platform.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's events done, counted as its position moves on, over a store whose positions have gaps. */
class EventsCountedTest {

    private JdbcTemplate jdbc;
    private EventsCounted counted;

    @BeforeEach
    void aStoreWithAGapAtPositionThree() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.newDatabaseUrl(), "postgres", ""));
        // The one column the count reads, as the event store keys it.
        jdbc.execute("CREATE TABLE domain_event_entry (global_index bigint PRIMARY KEY)");
        jdbc.update("INSERT INTO domain_event_entry VALUES (1), (2), (4), (5), (6)");
        counted = new EventsCounted(jdbc);
    }

    @Test
    void countsTheEventsUpToEachPositionAsTheRebuildMovesOn() {
        assertThat(counted.upTo(0)).isZero();
        assertThat(counted.upTo(2)).isEqualTo(2);
        assertThat(counted.upTo(2)).isEqualTo(2);
        assertThat(counted.upTo(4)).isEqualTo(3);
        assertThat(counted.upTo(6)).isEqualTo(5);
    }

    @Test
    void countsOnlyTheEventsAfterThePositionCountedBefore() {
        counted.upTo(2);
        // Written below the counted position after it was counted: not counted again, so not seen.
        jdbc.update("INSERT INTO domain_event_entry VALUES (0)");
        assertThat(counted.upTo(6)).isEqualTo(5);
    }

    @Test
    void aPositionBehindTheOneCountedIsCountedAfresh() {
        counted.upTo(6);
        assertThat(counted.upTo(4)).isEqualTo(3);
        assertThat(counted.upTo(6)).isEqualTo(5);
    }
}
