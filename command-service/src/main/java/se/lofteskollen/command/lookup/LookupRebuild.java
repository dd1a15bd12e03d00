package se.lofteskollen.command.lookup;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Brings the lookup tables up to the event log before this instance takes a command. On a database written only
 * through the command-service they never fall behind: each command writes them in its own transaction, and moves
 * their {@link LookupPosition}. They are behind when the log holds events that never passed through them: a database
 * restored from an archive of the event log alone, lookups emptied together with their position, or a first start
 * after the position was introduced. Then each handler of the lookup's processor empties its own tables (its
 * {@code @ResetHandler}), and every event those handlers take is read from the log in order, in batches, and handed
 * to the same handlers, as the processor hands them a command's events. One transaction: a failed rebuild leaves the
 * tables as they were, and the service does not start.
 *
 * <p>Started after Axon (whose start builds the processor) and before the web server, which opens at a later phase
 * ({@code SmartLifecycle.DEFAULT_PHASE - 2048}): no request reaches a half-built lookup. Instances starting at once
 * take turns on an advisory lock; the later ones find the lookups current. An instance already taking commands
 * meanwhile (only while an older version without the position runs beside a newer one) waits at the rebuild's
 * table locks, or loses a deadlock to it; it never reads a half-built table.
 */
@Component
class LookupRebuild implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LookupRebuild.class);
    static final int BATCH_SIZE = 500;

    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LookupPosition position;
    private volatile boolean running;

    LookupRebuild(Configuration axon, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                  LookupPosition position) {
        this.axon = axon;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.position = position;
    }

    @Override
    public void start() {
        transactions.executeWithoutResult(status -> catchUp());
        running = true;
    }

    private void catchUp() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('lofteskollen_command_lookup_rebuild'))");
        long newest = newestPosition();
        if (current(newest)) {
            position.moveTo(newest);
            return;
        }
        long started = System.nanoTime();
        EventHandlerInvoker handlers = handlers();
        handlers.performReset();
        // Read after the reset, whose table locks hold back the commands of any other instance: no event the
        // handlers take can commit now without being read here.
        List<String> types = List.copyOf(newestTaken(0, Long.MAX_VALUE).keySet());
        long replayed = 0;
        long after = 0;
        for (List<TrackedEventMessage<?>> batch = batchAfter(after, types); !batch.isEmpty(); batch = batchAfter(after, types)) {
            for (TrackedEventMessage<?> event : batch) {
                take(handlers, event);
                after = event.trackingToken().position().orElseThrow();
            }
            replayed += batch.size();
        }
        long rebuiltThrough = Math.max(newest, newestPosition());
        position.rebuiltThrough(rebuiltThrough);
        log.info("Rebuilt the lookup tables from {} events of the event log (through position {}) in {} ms",
                replayed, rebuiltThrough, (System.nanoTime() - started) / 1_000_000);
    }

    private static void take(EventHandlerInvoker handlers, TrackedEventMessage<?> event) {
        try {
            handlers.handle(event, Segment.ROOT_SEGMENT);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the lookup could not take event " + event.getIdentifier(), e);
        }
    }

    private EventHandlerInvoker handlers() {
        return axon.eventProcessingConfiguration()
                .eventProcessorByProcessingGroup(LookupConfiguration.PROCESSING_GROUP, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor for " + LookupConfiguration.PROCESSING_GROUP))
                .eventHandlerInvoker();
    }

    private long newestPosition() {
        Long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return newest == null ? 0 : newest;
    }

    /** Does every event up to {@code newest} that the lookup's handlers take lie at or below the position? */
    private boolean current(long newest) {
        Optional<Long> through = position.through();
        if (through.isEmpty()) {
            return false;
        }
        OptionalLong newestTaken = newestTaken(through.get(), newest).values().stream().mapToLong(Long::longValue).max();
        // The position read again: a command of another instance may have committed such an event since, and moved
        // the position in the same transaction.
        return newestTaken.isEmpty() || newestTaken.getAsLong() <= position.through().orElseThrow();
    }

    /**
     * The stored types of the events after {@code after} and up to {@code upTo} that the lookup's handlers take,
     * each with the position of its newest event there.
     */
    private Map<String, Long> newestTaken(long after, long upTo) {
        Serializer serializer = axon.eventSerializer();
        EventHandlerInvoker handlers = handlers();
        Map<String, Long> newest = new HashMap<>();
        jdbc.query("""
                SELECT payload_type, max(global_index) FROM domain_event_entry
                WHERE global_index > ? AND global_index <= ?
                GROUP BY payload_type""", row -> {
            String type = row.getString(1);
            if (handlers.canHandleType(serializer.classForType(new SimpleSerializedType(type, null)))) {
                newest.put(type, row.getLong(2));
            }
        }, after, upTo);
        return newest;
    }

    private List<TrackedEventMessage<?>> batchAfter(long after, List<String> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<TrackedDomainEventData<byte[]>> rows = jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                    FROM domain_event_entry
                    WHERE global_index > ? AND payload_type = ANY (?)
                    ORDER BY global_index
                    LIMIT ?""");
            statement.setLong(1, after);
            statement.setArray(2, connection.createArrayOf("varchar", types.toArray()));
            statement.setInt(3, BATCH_SIZE);
            return statement;
        }, (row, n) -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.getLong(1)),
                new GenericDomainEventEntry<>(row.getString(2), row.getString(3), row.getLong(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10))));
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), axon.eventSerializer(), axon.upcasterChain())
                .toList();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 512;
    }
}
