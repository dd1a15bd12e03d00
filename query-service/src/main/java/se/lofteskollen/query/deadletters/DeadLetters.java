package se.lofteskollen.query.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.lofteskollen.query.readmodels.Processors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the read models have parked, and the operator's retry of it, through Axon's dead-letter processors. */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger("lofteskollen.deadletters");

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every parked event, by group and sequence, oldest first within a sequence. */
    public List<DeadLetterView> parked() {
        List<DeadLetterView> parked = new ArrayList<>();
        for (String group : Processors.ALL) {
            queue(group).ifPresent(queue -> queue.deadLetters().forEach(sequence -> sequence.forEach(
                    letter -> parked.add(DeadLetterView.of(group, letter)))));
        }
        return parked;
    }

    /** How many events are parked now. */
    public long count() {
        return Processors.ALL.stream().mapToLong(group -> queue(group).map(SequencedDeadLetterQueue::size).orElse(0L)).sum();
    }

    /** The outcome of a retry: sequences applied in full, and sequences whose first event failed again. */
    public record Retried(int sequencesApplied, int sequencesStillFailing, long stillParked) {
    }

    /**
     * Processes every parked sequence again, each once, in its own transaction (Axon's dead-letter processing):
     * a sequence whose events all go through leaves the queue; one that fails again stays as it was. Each
     * sequence is asked for by the id of its first event, so that one still failing is not picked again.
     */
    public Retried retryAll() {
        int applied = 0;
        int failing = 0;
        for (String group : Processors.ALL) {
            SequencedDeadLetterProcessor<EventMessage<?>> processor =
                    processing.sequencedDeadLetterProcessor(group).orElse(null);
            if (processor == null) {
                continue;
            }
            for (String firstEvent : firstEventOfEachSequence(group)) {
                if (retry(group, processor, firstEvent)) {
                    applied++;
                } else {
                    failing++;
                }
            }
        }
        long stillParked = count();
        log.info("Retried the dead letters: {} sequences applied, {} still failing, {} events still parked",
                applied, failing, stillParked);
        return new Retried(applied, failing, stillParked);
    }

    private boolean retry(String group, SequencedDeadLetterProcessor<EventMessage<?>> processor, String firstEvent) {
        try {
            return processor.process(letter -> letter.message().getIdentifier().equals(firstEvent))
                    && queue(group).map(queue -> !containsEvent(queue, firstEvent)).orElse(true);
        } catch (RuntimeException stillFailing) {
            // The handler's failure rolled the retry's transaction back: the letters stay as they were.
            log.warn("Retry of the dead letters of {} starting at event {} failed again: {}", group, firstEvent,
                    stillFailing.getMessage());
            return false;
        }
    }

    private List<String> firstEventOfEachSequence(String group) {
        List<String> firsts = new ArrayList<>();
        queue(group).ifPresent(queue -> queue.deadLetters().forEach(sequence -> {
            var letters = sequence.iterator();
            if (letters.hasNext()) {
                firsts.add(letters.next().message().getIdentifier());
            }
        }));
        return firsts;
    }

    private static boolean containsEvent(SequencedDeadLetterQueue<EventMessage<?>> queue, String eventId) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }
}
