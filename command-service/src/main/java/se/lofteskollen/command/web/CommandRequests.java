package se.lofteskollen.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.dispatch.CommandDispatcher;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.platform.observability.CorrelationIdFilter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static se.lofteskollen.command.dispatch.CommandDispatcher.hasCause;

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

    /**
     * Who sends and under which correlation id, read on the request's thread, so that commands of one request (the
     * rows of an import) may be sent from other threads as the same user.
     */
    public record Sending(Identity who, String correlationId) {
    }

    public Sending sending() {
        return new Sending(identity.get(), CorrelationIdFilter.of(request));
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

    /**
     * Sends a command that creates what {@code id} names. The ids of all aggregates share one event table,
     * so an id already used by another kind of record (a meeting under a commitment's id) is a conflict.
     */
    public Accepted create(Object command, String idField, String id) {
        try {
            return send(command, id, id);
        } catch (RuntimeException failure) {
            if (hasCause(failure, IncompatibleAggregateException.class)) {
                throw new Conflict(idField, "refusal.id.otherKind", id);
            }
            throw failure;
        }
    }

    /**
     * Sends a command that starts a new aggregate under {@code id}, once, without reading anything of that id
     * first. When the event store refuses the id as taken, or a rule refuses the command, {@code alreadyStored}
     * answers from what is stored under the id (a repeat of the same request is the same success, other content
     * a {@link Conflict}); when nothing is stored there, the failure stands.
     */
    public Accepted createOnce(Object command, String id, Supplier<Optional<Accepted>> alreadyStored) {
        return createOnce(command, id, alreadyStored, sending());
    }

    /** As {@link #createOnce(Object, String, Supplier)}, as the sender captured on the request's thread. */
    public Accepted createOnce(Object command, String id, Supplier<Optional<Accepted>> alreadyStored, Sending sending) {
        try {
            return new Accepted(id, dispatcher.sendOnce(command, id, sending.who(), sending.correlationId()));
        } catch (RuntimeException failure) {
            if (CommandDispatcher.isConcurrentWrite(failure) || hasCause(failure, Rejection.class)) {
                Optional<Accepted> repeat = alreadyStored.get();
                if (repeat.isPresent()) {
                    return repeat.get();
                }
            }
            throw failure;
        }
    }

    /** Sends a command that changes what {@code id} names; if nothing of its kind is recorded there, it is not found. */
    public Accepted change(Object command, String idField, String id) {
        return change(command, idField, id, id);
    }

    /** As {@link #change(Object, String, String)}, answering {@code answeredId} (a status note's id) instead. */
    public Accepted change(Object command, String idField, String id, String answeredId) {
        try {
            return send(command, id, answeredId);
        } catch (RuntimeException failure) {
            if (hasCause(failure, AggregateNotFoundException.class) || hasCause(failure, IncompatibleAggregateException.class)) {
                throw new NotFound(idField, "refusal.id.nothingOfThisKind", id);
            }
            throw failure;
        }
    }

    private Accepted send(Object command, String aggregateId, String answeredId) {
        long position = dispatcher.send(command, aggregateId, identity.get(), CorrelationIdFilter.of(request));
        return new Accepted(answeredId, position);
    }
}
