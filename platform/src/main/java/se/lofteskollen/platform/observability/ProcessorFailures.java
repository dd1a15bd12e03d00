package se.lofteskollen.platform.observability;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last event each processor failed on and has not handled since. A pooled processor whose handler throws
 * marks the segment in error only until it releases the claim, and then retries it after a back-off; asked in
 * between, Axon's own status looks healthy. This remembers the failure until the same event goes through (a
 * retry, a replay, a dead-letter queue taking it) or the processor as a whole has moved past it.
 *
 * <p>It sees only what reaches the processor: an event a read model parks in its dead-letter queue, or that a
 * logging error handler skips, is not a failure of the processor.
 */
public class ProcessorFailures {

    /** An event a processor failed on. */
    public record Failure(String eventId, OptionalLong position, String cause, Instant at) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    /** The interceptor to register on {@code processor}: it records a failure and clears it on success. */
    public MessageHandlerInterceptor<EventMessage<?>> interceptorFor(String processor) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            try {
                Object result = chain.proceed();
                Failure failure = failures.get(processor);
                if (failure != null && failure.eventId().equals(event.getIdentifier())) {
                    failures.remove(processor, failure);
                }
                return result;
            } catch (Exception | Error failure) {
                failures.put(processor, new Failure(event.getIdentifier(), positionOf(event),
                        failure.getClass().getSimpleName() + ": " + failure.getMessage(), clock.instant()));
                throw failure;
            }
        };
    }

    /**
     * The failure {@code processor} has not got past. {@code position} is where the processor stands, if every
     * segment of it is held here: a segment that failed is released for a while, and the others move on past the
     * event that it failed on, so only the position of the whole stream says the event was taken.
     */
    public Optional<Failure> of(String processor, OptionalLong position) {
        Failure failure = failures.get(processor);
        if (failure != null && failure.position().isPresent() && position.isPresent()
                && position.getAsLong() >= failure.position().getAsLong()) {
            failures.remove(processor, failure);
            return Optional.empty();
        }
        return Optional.ofNullable(failure);
    }

    private static OptionalLong positionOf(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position();
        }
        return OptionalLong.empty();
    }
}
