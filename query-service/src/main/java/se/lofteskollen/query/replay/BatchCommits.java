package se.lofteskollen.query.replay;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Tells whoever waits for a read model (a read-your-write query) that a processor of this instance has just committed
 * a batch, so that the wait ends as soon as the read model has what it waits for instead of at its next poll.
 * Batches that other instances commit are not seen here: the waiting side keeps polling, less often.
 */
@Configuration
public class BatchCommits {

    private static final String SIGNALLED = BatchCommits.class.getName();

    private final Object monitor = new Object();
    private long commits;

    /** How many batches have committed so far: read it before looking, and wait for it to change. */
    public long count() {
        synchronized (monitor) {
            return commits;
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

    private void committed() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /** Every processor's batch says when it has committed, once per batch. */
    @Bean
    ConfigurerModule signalBatchCommits() {
        MessageHandlerInterceptor<EventMessage<?>> signal = (unitOfWork, chain) -> {
            UnitOfWork<?> batch = unitOfWork.root();
            batch.getOrComputeResource(SIGNALLED, key -> {
                batch.afterCommit(committed -> committed());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processorName) -> signal);
    }
}
