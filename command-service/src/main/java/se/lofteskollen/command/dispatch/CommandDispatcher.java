package se.lofteskollen.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.identity.AuditTrail;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.command.lookup.CheckedAtAppend;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.platform.eventstore.AppendConditionFailed;
import se.lofteskollen.platform.eventstore.AppendedEvents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command as someone, and waits for it. Two writers on one aggregate (or two pledges of one code)
 * can both decide on the same old state; the later append then fails on a unique key and nothing of it is
 * stored. Such a command is sent again ({@link #send}), and decides on the new state: a repeat of the same
 * create becomes a success without a second event, a contradicting one a clear refusal. No update is lost.
 * A command that only ever creates ({@link #sendOnce}) is not sent again: the caller answers a taken id.
 *
 * <p>The position answered is the one the event store's INSERT returned for the aggregate's newest event;
 * only a command that appended nothing (an idempotent repeat) looks it up.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);
    static final int MAX_ATTEMPTS = 10;

    private final CommandGateway gateway;
    private final EventPositions positions;

    public CommandDispatcher(CommandGateway gateway, EventPositions positions) {
        this.gateway = gateway;
        this.positions = positions;
    }

    /** Answers the position of the aggregate's newest event once the command has been decided and stored. */
    public long send(Object command, String aggregateId, Identity who, String correlationId) {
        CommandMessage<?> message = message(command, who, correlationId);
        for (int attempt = 1; ; attempt++) {
            try {
                return positionOf(gateway.sendAndWait(message), aggregateId);
            } catch (RuntimeException failure) {
                if (attempt >= MAX_ATTEMPTS || !isConcurrentWrite(failure)) {
                    throw failure;
                }
                log.debug("Concurrent write on {}, attempt {}: sending {} again", aggregateId, attempt,
                        command.getClass().getSimpleName());
                pause(attempt);
            }
        }
    }

    /**
     * Sends a command that starts a new aggregate, once. If the id is taken (by a repeat of the same request, or by
     * anything else), the append fails on the unique key with an {@link AggregateStreamCreationException}, which is
     * thrown to the caller: sending it again could only fail the same way.
     *
     * <p>A command {@link CheckedAtAppend} is decided again when what it was decided on changed before its append
     * ({@link AppendConditionFailed}: nothing was stored), and once when it is refused (by a rule or a permission),
     * since it was decided on what this instance remembered: a refusal stands only once decided on what holds now
     * (the failed attempt made the instance forget what it used).
     */
    public long sendOnce(Object command, String aggregateId, Identity who, String correlationId) {
        CommandMessage<?> message = message(command, who, correlationId);
        boolean refusedOnce = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return positionOf(gateway.sendAndWait(message), aggregateId);
            } catch (RuntimeException failure) {
                boolean refused = command instanceof CheckedAtAppend && !refusedOnce
                        && (hasCause(failure, Rejection.class) || hasCause(failure, NotPermitted.class));
                if (attempt >= MAX_ATTEMPTS || !(refused || hasCause(failure, AppendConditionFailed.class))) {
                    throw failure;
                }
                refusedOnce |= refused;
                log.debug("{} on {} decided again, attempt {}: {}", command.getClass().getSimpleName(), aggregateId,
                        attempt, failure.getMessage());
            }
        }
    }

    /** Is {@code type} anywhere in the cause chain of {@code failure} (Axon wraps what a handler throws)? */
    public static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Did the command lose a race for a unique key: a sequence number, a new aggregate's id, a commitment's code? */
    public static boolean isConcurrentWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Rejection) {
                return false;
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private static CommandMessage<?> message(Object command, Identity who, String correlationId) {
        Map<String, Object> metaData = new LinkedHashMap<>(who.asMetaData());
        metaData.put(AuditTrail.CORRELATION_ID, correlationId);
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
    }

    private long positionOf(Object answer, String aggregateId) {
        OptionalLong appended = answer instanceof AppendedEvents events ? events.newestOf(aggregateId) : OptionalLong.empty();
        return appended.isPresent() ? appended.getAsLong() : positions.newestOf(aggregateId);
    }

    /** A little random wait, growing with the attempts, so that racing writers do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", interrupted);
        }
    }
}
