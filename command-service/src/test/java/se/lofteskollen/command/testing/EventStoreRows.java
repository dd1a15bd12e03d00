package se.lofteskollen.command.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What is stored, read in SQL as an auditor would read it. */
@TestComponent
public class EventStoreRows {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public EventStoreRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredEvent(long position, String aggregateId, String type, JsonNode payload, JsonNode metaData) {
    }

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    public long countOf(Class<?> eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                eventType.getName());
    }

    public List<StoredEvent> of(String aggregateId) {
        return jdbc.query("""
                SELECT global_index, aggregate_identifier, payload_type, convert_from(payload, 'UTF8'),
                       convert_from(meta_data, 'UTF8')
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (row, n) -> new StoredEvent(row.getLong(1), row.getString(2), row.getString(3),
                        parse(row.getString(4)), parse(row.getString(5))), aggregateId);
    }

    public List<StoredEvent> ofType(Class<?> eventType) {
        return jdbc.query("""
                SELECT global_index, aggregate_identifier, payload_type, convert_from(payload, 'UTF8'),
                       convert_from(meta_data, 'UTF8')
                FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index""",
                (row, n) -> new StoredEvent(row.getLong(1), row.getString(2), row.getString(3),
                        parse(row.getString(4)), parse(row.getString(5))), eventType.getName());
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? json.missingNode() : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
