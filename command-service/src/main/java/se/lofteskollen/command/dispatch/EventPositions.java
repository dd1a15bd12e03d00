package se.lofteskollen.command.dispatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where an aggregate's newest event stands in the global order of the event store. A client that waits
 * until the query side has processed this position reads its own write. Read only for a command that appended
 * nothing (an idempotent repeat); an append answers its own positions.
 */
@Component
public class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One index range scan on the (aggregate, sequence) key. */
    public long newestOf(String aggregateId) {
        Long position = jdbc.queryForObject("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", Long.class, aggregateId);
        if (position == null) {
            throw new IllegalStateException("no events for " + aggregateId);
        }
        return position;
    }
}
