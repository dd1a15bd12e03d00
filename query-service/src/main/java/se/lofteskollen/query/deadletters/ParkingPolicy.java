package se.lofteskollen.query.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;

/**
 * Decides what becomes of an event a projection failed on. In a whole batch the failure may have left the
 * transaction unusable and rows of the event half-written, so the batch is failed instead, to be handled again
 * one event at a time ({@link OneEventAtATime}). Handled on its own, the group's writes of the event are undone
 * and it is parked in the group's queue; the other groups of the processor keep it. An event that could not even be read is parked at once: nothing of it was written. A parked event
 * that fails again when retried stays parked.
 */
public class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Axon's column for the cause holds 1,023 characters. */
    private static final int CAUSE_LENGTH = 1000;

    private final OneEventAtATime oneAtATime;
    private final String group;

    /** The policy of one processing group: it undoes that group's writes only. */
    public ParkingPolicy(OneEventAtATime oneAtATime, String group) {
        this.oneAtATime = oneAtATime;
        this.group = group;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (transientFailure(cause)) {
            // A deadlock, a serialization failure or a lost connection says nothing about the event: parking it
            // would hold back a good event. The batch fails and is handled again, as before there were dead letters.
            throw new FailedInABatch(letter.message(), cause);
        }
        if (retrying()) {
            return Decisions.requeue(truncated(cause));
        }
        if (oneAtATime.active() && oneAtATime.undo(group)) {
            return Decisions.enqueue(truncated(cause));
        }
        if (unreadable(cause)) {
            // It failed before any handler could write a row of it, so the batch is intact: parked at once, which
            // keeps a replay through many events of an unknown type from going round once per event.
            return Decisions.enqueue(truncated(cause));
        }
        throw new FailedInABatch(letter.message(), cause);
    }

    /**
     * PostgreSQL's classes of failure that pass by themselves: 40 (transaction rollback: serialization failure,
     * deadlock), 08 (connection), 53 (insufficient resources), 57P (operator intervention, e.g. shutdown).
     */
    static boolean transientFailure(Throwable cause) {
        for (Throwable link = cause; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (link instanceof TransientDataAccessException || link instanceof RecoverableDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** An event no class exists for, or whose stored payload cannot be read into its class. */
    private static boolean unreadable(Throwable cause) {
        for (Throwable link = cause; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof UnreadableEvents.UnknownEventType || link instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /** A dead letter being processed again carries itself in its unit of work (Axon's DeadLetteredEventProcessingTask). */
    private static boolean retrying() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getResource(DeadLetter.class.getName()) != null;
    }

    /**
     * The cause as Axon stores it, named by its root: what PostgreSQL or the deserializer said, rather than the
     * wrappers around it. Short enough for the column, and without the NUL that PostgreSQL refuses in text.
     */
    private static ThrowableCause truncated(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage() != null ? root.getMessage() : cause.getMessage())
                .replace('\u0000', ' ');
        return new ThrowableCause(root.getClass().getName(),
                message.length() > CAUSE_LENGTH ? message.substring(0, CAUSE_LENGTH) : message);
    }

    /** Fails a whole batch so that its events are handled again one at a time. */
    static final class FailedInABatch extends RuntimeException {
        FailedInABatch(EventMessage<?> event, Throwable cause) {
            super("Event " + event.getIdentifier() + " failed in a batch; the batch is handled again one event at a time",
                    cause);
        }
    }
}
