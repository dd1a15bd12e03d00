package se.lofteskollen.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.dispatch.CommandDispatcher;
import se.lofteskollen.command.identity.CurrentIdentity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What every command endpoint does besides its own mapping: choose the id of what is created (the
 * client's, or one derived from its idempotency key, or a new one), know today's date, and send the
 * command as the authenticated user with the request's correlation id.
 */
@Component
public class CommandRequests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandDispatcher dispatcher;
    private final CurrentIdentity identity;
    private final Clock clock;
    private final HttpServletRequest request;

    CommandRequests(CommandDispatcher dispatcher, CurrentIdentity identity, Clock clock, HttpServletRequest request) {
        this.dispatcher = dispatcher;
        this.identity = identity;
        this.clock = clock;
        this.request = request;
    }

    /** The date of the request where the service runs; aggregates never read the clock themselves. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The same user sending the same key gets the same id, so the repeat finds what the first request
     * created; keys of different users never meet.
     */
    public String idFor(String chosenId, String idempotencyKey) {
        if (chosenId != null) {
            return chosenId;
        }
        if (idempotencyKey != null) {
            String name = identity.get().userId() + "\n" + idempotencyKey;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    public Accepted send(Object command, String aggregateId) {
        return send(command, aggregateId, aggregateId);
    }

    /** {@code answeredId} is what the client gets back as the id, when it is not the aggregate's (a note's id). */
    public Accepted send(Object command, String aggregateId, String answeredId) {
        long position = dispatcher.send(command, aggregateId, identity.get(), CorrelationIdFilter.of(request));
        return new Accepted(answeredId, position);
    }
}
