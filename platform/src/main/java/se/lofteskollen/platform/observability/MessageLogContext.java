package se.lofteskollen.platform.observability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.PromiseEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * While a command or an event is handled, its correlation id and its user (from the message's metadata, where the
 * command-service put them) stand in the log context, and for an event also the aggregate it belongs to
 * ({@code aggregate}) and the promise ({@code promise}): a line a handler or a projection logs, a dead letter's
 * warning included, says which request, whose, and about which promise. A command is handled on its request's
 * thread, where the request's own context (the promise or commitment of its URL) already stands. What stood there before (the request's own context) is restored afterwards.
 */
public class MessageLogContext<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    static final String AGGREGATE = "aggregate";

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Map<String, String> context = new HashMap<>();
        context.put(LogContext.CORRELATION_ID, text(message.getMetaData().get(LogContext.CORRELATION_ID)));
        context.put(LogContext.USER, text(message.getMetaData().get(AuditMetaData.USER_ID)));
        if (message instanceof DomainEventMessage<?> event) {
            context.put(AGGREGATE, event.getAggregateIdentifier());
        }
        if (message.getPayload() instanceof PromiseEvent event) {
            context.put(LogContext.PROMISE, event.promiseId());
        }
        try (LogContext.Restore ignored = LogContext.put(context)) {
            return chain.proceed();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
