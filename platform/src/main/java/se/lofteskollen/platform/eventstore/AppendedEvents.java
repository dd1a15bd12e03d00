package se.lofteskollen.platform.eventstore;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The global positions of the events a unit of work appended, as the INSERT itself answered them
 * ({@link ReturningAppend}). A command learns where its events stand without reading them back after the commit.
 * Kept as a resource of the root unit of work; filled in during its commit.
 */
public final class AppendedEvents {

    private static final String RESOURCE = AppendedEvents.class.getName();

    private final Map<String, Long> newestByAggregate = new LinkedHashMap<>();
    private long newest = -1;

    /** The positions of the current unit of work (created on first use); none outside a unit of work. */
    public static Optional<AppendedEvents> ofCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.of(CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new AppendedEvents()));
    }

    synchronized void appended(String aggregateId, long position) {
        if (aggregateId != null) {
            newestByAggregate.merge(aggregateId, position, Math::max);
        }
        newest = Math.max(newest, position);
    }

    /** The position of {@code aggregateId}'s newest event appended here, if any was. */
    public synchronized OptionalLong newestOf(String aggregateId) {
        Long position = newestByAggregate.get(aggregateId);
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** The newest position appended here, if anything was. */
    public synchronized OptionalLong newest() {
        return newest < 0 ? OptionalLong.empty() : OptionalLong.of(newest);
    }
}
