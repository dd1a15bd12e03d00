package se.lofteskollen.query.testing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to the real event store as the command side would: each with its aggregate and sequence
 * number, its author in the metadata, and the instant it was recorded. Then waits for the processors.
 */
public class EventFeed {

    public record Author(String userId, String userName, String organisation, String role) {
        public Map<String, Object> metaData() {
            Map<String, Object> metaData = new LinkedHashMap<>();
            metaData.put(AuditMetaData.USER_ID, userId);
            metaData.put(AuditMetaData.USER_NAME, userName);
            if (organisation != null) {
                metaData.put(AuditMetaData.ORGANISATION, organisation);
            }
            metaData.put(AuditMetaData.ROLE, role);
            metaData.put(AuditMetaData.CLIENT, "api");
            return metaData;
        }
    }

    public static final Author SAMORDNARE = new Author("samordnare", "Samordnaren", "MUNICIPALITY", "COORDINATOR");
    public static final Author POLIS = new Author("polis", "Kommunpolisen", "POLICE", "REPORTER");
    public static final Author KOMMUN = new Author("kommun", "Kommunens samordnare", "MUNICIPALITY", "REPORTER");

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ReadYourWrites freshness;
    private final Map<String, Long> sequences = new HashMap<>();
    private Author author = SAMORDNARE;
    private String client;
    private Instant at = Instant.parse("2025-01-02T08:00:00Z");
    private long lastPosition = -1;
    /** Published and not yet seen handled by the read models. */
    private final java.util.Set<Long> unhandled = new java.util.concurrent.ConcurrentSkipListSet<>();

    public EventFeed(EventStore eventStore, JdbcTemplate jdbc, ReadYourWrites freshness) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** Who records the next events. */
    public EventFeed by(Author author) {
        this.author = author;
        return this;
    }

    /** When the next events are recorded. */
    public EventFeed at(String instant) {
        this.at = Instant.parse(instant);
        return this;
    }

    /** The next events are recorded at noon UTC on this day. */
    /** The integration's client id on the events that follow ({@code api} unless set). */
    public EventFeed client(String clientId) {
        this.client = clientId;
        return this;
    }

    public EventFeed on(LocalDate day) {
        this.at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return this;
    }

    /** Appends the event (its first record component is its aggregate) and answers its global position. */
    public long publish(Object payload) {
        String aggregateId = aggregateIdOf(payload);
        long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> metaData = new LinkedHashMap<>(author.metaData());
        if (client != null) {
            metaData.put(AuditMetaData.CLIENT, client);
        }
        eventStore.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                payload, metaData, eventId, at));
        // Later events of the same test default to one millisecond later: distinct recorded instants.
        at = at.plusMillis(1);
        lastPosition = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
        unhandled.add(lastPosition);
        return lastPosition;
    }

    /**
     * Appends the events in one transaction, so that a processor takes them in one batch (all of them, when they are
     * of one sequence and fewer than a batch holds), each recorded one millisecond after the one before.
     */
    public void publishTogether(Object... payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (Object payload : payloads) {
            String aggregateId = aggregateIdOf(payload);
            long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
            String eventId = UUID.randomUUID().toString();
            eventIds.add(eventId);
            messages.add(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                    payload, author.metaData(), eventId, at));
            at = at.plusMillis(1);
        }
        eventStore.publish(messages);
        for (String eventId : eventIds) {
            lastPosition = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                    Long.class, eventId);
            unhandled.add(lastPosition);
        }
    }

    public long lastPosition() {
        return lastPosition;
    }

    /** Waits until the read-model processor has handled everything published so far, in every segment. */
    public void awaitProjections() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String[] processors = Processors.ALL.toArray(String[]::new);
        while (!unhandled.isEmpty()) {
            unhandled.removeIf(position -> freshness.reached(position, processors));
            if (unhandled.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the processors did not reach positions " + unhandled + " in 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String aggregateIdOf(Object payload) {
        try {
            return payload.getClass().getRecordComponents()[0].getAccessor().invoke(payload).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not an event record: " + payload, e);
        }
    }
}
