package se.lofteskollen.query.readmodels;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * One pooled streaming processor, {@link Processors#READ_MODELS}, carries every processing group. Each batch is
 * one read of the stream, one deserialization of each event for all read models, and one transaction holding every
 * read model's rows with the one token; before, three processors each read and deserialized every event and
 * committed their own token.
 *
 * <p>Batches: Axon's pooled work package takes whatever is waiting, up to the batch size, and never waits for a
 * batch to fill. Live the batch size is a few hundred ({@code lofteskollen.read-models.batch-size}): enough that a
 * burst is written in few transactions, small enough that one transaction stays short. A replay runs the same
 * processor with {@code lofteskollen.read-models.replay-batch-size} (see {@link ReplayProcessor}). Processors that
 * need the same handlers (the rebuild's) are built from the same builder ({@link SiblingProcessor}).
 *
 * <p>Segments: one by default ({@code lofteskollen.read-models.segments}). On two cores a second segment adds a
 * second transaction per batch and halves each batch, for parallelism the cores do not have; with one segment every
 * event is applied in the order of the store, read-your-writes is "the token has reached the position", and a second
 * query-service instance stands by and takes the segment over when the first stops (or its claim times out).
 * Sequencing ({@link PromiseEventSequencing}) still names what must stay ordered: the dead letters park by it,
 * and more segments (for a deployment that needs them) split by it.
 */
@org.springframework.context.annotation.Configuration
public class ProcessingConfiguration {

    /** Every processing group's sequencing policy, and its dead-letter queue's. */
    @Bean
    PromiseEventSequencing promiseSequencing() {
        return new PromiseEventSequencing();
    }

    @Bean
    ReplayProcessor replayProcessor() {
        return new ReplayProcessor();
    }

    @Bean
    ConfigurerModule oneProcessorForEveryReadModel(PromiseEventSequencing sequencing, ReplayProcessor replay,
                                                   ObjectProvider<SiblingProcessor> siblingProcessors,
                                                   @Value("${lofteskollen.read-models.batch-size:250}") int batchSize,
                                                   @Value("${lofteskollen.read-models.replay-batch-size:1000}") int replayBatchSize,
                                                   @Value("${lofteskollen.read-models.segments:1}") int segments) {
        List<SiblingProcessor> siblings = siblingProcessors.orderedStream().toList();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : Processors.ALL) {
                processing.assignProcessingGroup(group, Processors.READ_MODELS);
            }
            processing.registerDefaultSequencingPolicy(configuration -> sequencing);
            processing.registerPooledStreamingEventProcessor(Processors.READ_MODELS, Configuration::eventStore,
                    (configuration, builder) -> {
                        builder.initialSegmentCount(segments);
                        // The same processor (name, handlers, token, executors of its own) with replay batches.
                        PooledStreamingEventProcessor twin = builder.batchSize(replayBatchSize).build();
                        configuration.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, twin::shutdownAsync);
                        replay.set(twin);
                        for (SiblingProcessor sibling : siblings) {
                            sibling.buildFrom(configuration, builder, twin);
                            // The builder is Axon's, which builds the live processor from it next: its name and handlers back.
                            builder.name(Processors.READ_MODELS).eventHandlerInvoker(twin.eventHandlerInvoker());
                        }
                        return builder.batchSize(batchSize);
                    });
        };
    }

    /**
     * A failing handler fails its batch: the transaction rolls back with the token, and the processor retries
     * the batch later. Axon's default would log the error and move the token past the event, losing it.
     */
    @Bean
    ConfigurerModule failedHandlersRetry() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
