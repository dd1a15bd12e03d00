package se.lofteskollen.query.readmodels;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Tells whoever waits for a read model (a read-your-write query) that the processor of this instance has just
 * committed a batch, so that the wait ends as soon as the read model has what it waits for instead of at its next
 * poll. Batches that other instances commit are not seen here: the waiting side keeps polling, less often.
 *
 * <p>Also says how large the batches are: the distribution {@code lofteskollen.readmodels.batch.events} (events per
 * committed transaction), and a DEBUG line per batch on {@code lofteskollen.readmodels.batches}.
 */
@Configuration
public class BatchCommits {

    private static final String SIGNALLED = BatchCommits.class.getName();
    private static final Logger batches = LoggerFactory.getLogger("lofteskollen.readmodels.batches");
    private static final int SIZES_KEPT = 1000;

    private final Object monitor = new Object();
    private final Deque<Integer> recentSizes = new ArrayDeque<>();
    private final DistributionSummary sizes;
    private long commits;

    public BatchCommits(MeterRegistry meters) {
        this.sizes = DistributionSummary.builder("lofteskollen.readmodels.batch.events")
                .description("Events in each batch the read-model processor committed (one transaction, one token)")
                .register(meters);
    }

    /** How many batches have committed so far: read it before looking, and wait for it to change. */
    public long count() {
        synchronized (monitor) {
            return commits;
        }
    }

    /** The sizes (events) of the batches committed after the first {@code seen} of them, of the latest thousand. */
    public List<Integer> sizesSince(long seen) {
        synchronized (monitor) {
            List<Integer> kept = new ArrayList<>(recentSizes);
            int after = (int) Math.min(kept.size(), Math.max(0, commits - seen));
            return List.copyOf(kept.subList(kept.size() - after, kept.size()));
        }
    }

    /** Waits until a batch commits after {@code seen} was counted, or {@code atMost} has passed. */
    public void awaitAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (monitor) {
            long left;
            while (commits == seen && (left = deadline - System.nanoTime()) > 0) {
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void committed(int events) {
        sizes.record(events);
        batches.debug("Read models: committed a batch of {} events", events);
        synchronized (monitor) {
            commits++;
            recentSizes.addLast(events);
            if (recentSizes.size() > SIZES_KEPT) {
                recentSizes.removeFirst();
            }
            monitor.notifyAll();
        }
    }

    /**
     * The batches say when they have committed, once per batch: the live processor's, and a rebuild's (its batch
     * sizes count too; a waiting read looks again for nothing, which costs it one look).
     *
     * <p>Said when the batch is cleaned up, not in its after-commit phase: Axon moves the processor's token in memory
     * on from there, after the handlers registered later (as this one is, while the batch is handled) have run. A
     * waiting read woken any earlier would find the token in memory where it was, and wait for its next look.
     */
    public MessageHandlerInterceptor<EventMessage<?>> signal() {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> batch = unitOfWork.root();
            batch.getOrComputeResource(SIGNALLED, key -> {
                int events = batch instanceof BatchingUnitOfWork<?> several ? several.getMessages().size() : 1;
                batch.onCleanup(done -> {
                    if (!done.isRolledBack()) {
                        committed(events);
                    }
                });
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }

    @Bean
    ConfigurerModule signalBatchCommits() {
        MessageHandlerInterceptor<EventMessage<?>> signal = signal();
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processorName) -> signal);
    }
}
