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
import se.lofteskollen.command.rules.Rejection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command as someone, and waits for it. Two writers on one aggregate (or two pledges of one code)
 * can both decide on the same old state; the later append then fails on a unique key and nothing of it is
 * stored. Such a command is sent again, and decides on the new state: a repeat of the same create becomes
 * a success without a second event, a contradicting one a clear refusal. No update is lost.
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
        Map<String, Object> metaData = new LinkedHashMap<>(who.asMetaData());
        metaData.put(AuditTrail.CORRELATION_ID, correlationId);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(message);
                return positions.newestOf(aggregateId);
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

    static boolean isConcurrentWrite(Throwable failure) {
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
