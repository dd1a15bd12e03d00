package se.lofteskollen.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the event that failed a batch. Read models are written set-based when a batch commits, so a value that
 * PostgreSQL refuses fails the whole batch, not the event that carried it, and PostgreSQL then refuses everything
 * else in that transaction too. When a batch of a segment rolls back, the events up to the last one it held are
 * handled again one at a time: each processing group's handling of each event within a savepoint of its own, its
 * rows written as each handler returns (see {@link EachGroupOnItsOwn}), so that a failure is its own event's and its
 * own group's, inside that group's dead-lettering invoker. The {@link ParkingPolicy} of that group then rolls back
 * to the group's savepoint, undoing only that group's writes of that event, and parks it there; the other groups
 * keep the event, and the batch goes on and commits. Past that position the segment is back to whole batches.
 *
 * <p>Registered as a handler interceptor of every processor: it wraps the dead-lettering invoker of each event.
 */
public class OneEventAtATime {

    private static final String SAVEPOINT = "one_event_";
    private static final String ACTIVE = OneEventAtATime.class.getName() + ".active";
    private static final String HIGHEST = OneEventAtATime.class.getName() + ".highest";
    /** Per group: the event its savepoint was set for. */
    private static final String GROUP_ENTERED = OneEventAtATime.class.getName() + ".entered.";

    /** Per processor and segment: the position up to which events are handled one at a time. */
    private final Map<String, Long> failedUpTo = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final RowBatch rows;

    public OneEventAtATime(JdbcTemplate jdbc, RowBatch rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The interceptor for one processor. */
    public MessageHandlerInterceptor<EventMessage<?>> interceptorFor(String processor) {
        return (unitOfWork, chain) -> handle(processor, unitOfWork, chain);
    }

    private Object handle(String processor, UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        String segment = processor + "/" + batch.getResource("Processor[" + processor + "]/SegmentId");
        long position = positionOf(unitOfWork.getMessage());
        watch(batch, segment, position);
        if (position < 0 || position > failedUpTo.getOrDefault(segment, -1L)) {
            return chain.proceed();
        }
        unitOfWork.resources().put(ACTIVE, Boolean.TRUE);
        try {
            return chain.proceed();
        } finally {
            unitOfWork.resources().remove(ACTIVE);
        }
    }

    /** Remembers how far the batch got; a rollback marks that range, a commit beyond it clears it. */
    private void watch(UnitOfWork<?> batch, String segment, long position) {
        long[] highest = batch.getOrComputeResource(HIGHEST, key -> {
            long[] seen = {-1};
            batch.onRollback(rolledBack -> failedUpTo.merge(segment, seen[0], Math::max));
            batch.afterCommit(committed -> failedUpTo.computeIfPresent(segment,
                    (key2, upTo) -> seen[0] >= upTo ? null : upTo));
            return seen;
        });
        highest[0] = Math.max(highest[0], position);
    }

    /** Is the event being handled now handled on its own, within a savepoint? */
    public boolean active() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getResource(ACTIVE) != null;
    }

    /**
     * Marks where a processing group starts on the current event, handled on its own: its savepoint, set once per
     * event and group, before the group's first handler. The groups of the processor take an event one after the
     * other, so everything before the savepoint (earlier events, earlier groups of this event, their dead letters)
     * stays when the group's writes are undone.
     */
    void enterGroup(String group, org.axonframework.messaging.Message<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (!event.getIdentifier().equals(unitOfWork.resources().get(GROUP_ENTERED + group))) {
            jdbc.execute("SAVEPOINT " + savepointOf(group));
            unitOfWork.resources().put(GROUP_ENTERED + group, event.getIdentifier());
        }
    }

    /**
     * Undoes what a group wrote of the current event: back to the group's savepoint (which also makes the
     * transaction usable again after PostgreSQL refused a statement), and out of the batch's pending rows, which may
     * still hold its rejected rows (every write of a projection goes through them). Rows of what went before were
     * flushed as their handlers returned, so nothing of theirs is lost. Answers false, undoing nothing, when the
     * group has no savepoint for the event: none of its handlers ran, so it wrote nothing.
     */
    public boolean undo(String group) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Object entered = unitOfWork.resources().get(GROUP_ENTERED + group);
        if (entered == null || !entered.equals(unitOfWork.getMessage().getIdentifier())) {
            return false;
        }
        jdbc.execute("ROLLBACK TO SAVEPOINT " + savepointOf(group));
        rows.discardPending();
        return true;
    }

    private static String savepointOf(String group) {
        return SAVEPOINT + group.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static long positionOf(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked ? Processors.positionOf(tracked.trackingToken()) : -1;
    }
}
