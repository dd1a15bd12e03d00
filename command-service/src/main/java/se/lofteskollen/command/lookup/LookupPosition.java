package se.lofteskollen.command.lookup;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/**
 * How far the lookup tables reflect the event log ({@code lookup_position}): every event their handlers take, up to
 * the global index {@code through}, is in them. No row: they were never built from this log.
 *
 * <p>On the live path it is a handler interceptor of the lookup's processor (see {@link LookupConfiguration}): once
 * the handlers have taken an event, the position moves to that event's own index, in the command's transaction, so
 * it commits or rolls back with the event and the rows. The processor passes it only the events its handlers take,
 * so a report never writes it; a pledge, revision, withdrawal, or a promise created or closed does.
 */
@Component
class LookupPosition implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcTemplate jdbc;

    LookupPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // A command CheckedAtAppend has no transaction: rows written now would commit apart from its event.
            throw new IllegalStateException("the lookup tables would take "
                    + unitOfWork.getMessage().getPayloadType().getSimpleName()
                    + " outside a transaction: a command whose events they take is never CheckedAtAppend");
        }
        Object result = chain.proceed();
        // GREATEST: commands commit in another order than they took their indexes.
        jdbc.update("""
                UPDATE lookup_position SET through = GREATEST(through,
                    (SELECT global_index FROM domain_event_entry WHERE event_identifier = ?))""",
                unitOfWork.getMessage().getIdentifier());
        return result;
    }

    Optional<Long> through() {
        return jdbc.queryForList("SELECT through FROM lookup_position", Long.class).stream().findFirst();
    }

    /** Nothing the lookups take lies between the position and {@code position}. */
    void moveTo(long position) {
        jdbc.update("UPDATE lookup_position SET through = GREATEST(through, ?)", position);
    }

    /** The lookups were built again from every event up to {@code through}. */
    void rebuiltThrough(long through) {
        jdbc.update("""
                INSERT INTO lookup_position (lookup, through, rebuilt_at) VALUES (TRUE, ?, now())
                ON CONFLICT (lookup) DO UPDATE SET through = EXCLUDED.through, rebuilt_at = EXCLUDED.rebuilt_at""",
                through);
    }
}
