package se.lofteskollen.query.deadletters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A processing group's dead-letter queue that says so whenever it parks an event: a WARN on
 * {@code lofteskollen.deadletters} and the counter {@code lofteskollen.deadletters.parked}, for the event that
 * failed and for each later event of its sequence parked behind it; the gauge {@code lofteskollen.deadletters}
 * says how many are parked now. Everything else is Axon's queue as it is.
 */
public class ObservedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger("lofteskollen.deadletters");

    private final String group;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final Counter parked;

    public ObservedDeadLetterQueue(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, MeterRegistry meters) {
        this.group = group;
        this.queue = queue;
        this.parked = Counter.builder("lofteskollen.deadletters.parked")
                .description("Events a read model could not take, parked in its dead-letter queue")
                .tag("group", group)
                .register(meters);
        Gauge.builder("lofteskollen.deadletters", queue, SequencedDeadLetterQueue::size)
                .description("Events parked now in the dead-letter queue")
                .tag("group", group)
                .register(meters);
    }

    @Override
    public void enqueue(Object sequence, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        queue.enqueue(sequence, letter);
        parked.increment();
        log.warn("Parked event {} ({} at {}) of sequence {} in the dead letters of {}: {}. The read model goes on "
                        + "without it; see GET /actuator/deadletters, retry with POST /actuator/deadletters/retry",
                letter.message().getIdentifier(), DeadLetterView.typeOf(letter.message()),
                DeadLetterView.positionOf(letter.message()), sequence, group,
                letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse("no cause"));
    }

    @Override
    public boolean enqueueIfPresent(Object sequence,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        // Axon's own default, so that a letter behind a parked one comes through enqueue() and is logged there.
        if (!queue.contains(sequence)) {
            return false;
        }
        DeadLetter<? extends EventMessage<?>> letter = letterBuilder.get();
        queue.enqueue(sequence, letter);
        parked.increment();
        log.warn("Parked event {} ({} at {}) in the dead letters of {} behind the parked events of its sequence {}",
                letter.message().getIdentifier(), DeadLetterView.typeOf(letter.message()),
                DeadLetterView.positionOf(letter.message()), group, sequence);
        return true;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequence) {
        return queue.contains(sequence);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequence) {
        return queue.deadLetterSequence(sequence);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequence) {
        return queue.isFull(sequence);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequence) {
        return queue.sequenceSize(sequence);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
