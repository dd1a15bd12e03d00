package se.lofteskollen.query.replay;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import se.lofteskollen.query.deadletters.OneEventAtATime;
import se.lofteskollen.query.deadletters.RebuildDeadLetters;

/**
 * One pooled streaming processor, {@link Processors#READ_MODELS}, carries every processing group. Each batch is
 * one read of the stream, one deserialization of each event for all read models, and one transaction holding every
 * read model's rows with the one token; before, three processors each read and deserialized every event and
 * committed their own token.
 *
 * <p>Batches: Axon's pooled work package takes whatever is waiting, up to the batch size, and never waits for a
 * batch to fill. Live the batch size is a few hundred ({@code lofteskollen.read-models.batch-size}): enough that a
 * burst is written in few transactions, small enough that one transaction stays short. A replay runs the same
 * processor with {@code lofteskollen.read-models.replay-batch-size} (see {@link ReplayProcessor}).
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
    ShadowProcessor shadowProcessor() {
        return new ShadowProcessor();
    }

    @Bean
    ConfigurerModule oneProcessorForEveryReadModel(PromiseEventSequencing sequencing, ReplayProcessor replay,
                                                   ShadowProcessor shadow, RebuildDeadLetters rebuildDeadLetters,
                                                   OneEventAtATime oneAtATime, ObjectProvider<JdbcTemplate> jdbc,
                                                   BatchCommits commits,
                                                   @Value("${lofteskollen.read-models.batch-size:250}") int batchSize,
                                                   @Value("${lofteskollen.read-models.replay-batch-size:1000}") int replayBatchSize,
                                                   @Value("${lofteskollen.read-models.segments:1}") int segments) {
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
                        shadow.set(rebuildProcessor(configuration, builder, twin, rebuildDeadLetters, oneAtATime, jdbc, commits));
                        return builder.batchSize(batchSize);
                    });
        };
    }

    /**
     * The rebuild's processor: the same handlers with dead letters of their own, a token of its own from the first
     * event (the processor's initial token, the tail), replay batches, and every transaction writing into the shadow tables ({@link ShadowTables}): the
     * search path is set first thing in each batch, before any savepoint a batch handled event by event sets.
     */
    private static PooledStreamingEventProcessor rebuildProcessor(Configuration configuration,
                                                                  PooledStreamingEventProcessor.Builder builder,
                                                                  PooledStreamingEventProcessor twin,
                                                                  RebuildDeadLetters deadLetters,
                                                                  OneEventAtATime oneAtATime,
                                                                  ObjectProvider<JdbcTemplate> jdbc,
                                                                  BatchCommits commits) {
        PooledStreamingEventProcessor rebuild = builder.name(ShadowProcessor.NAME)
                .eventHandlerInvoker(deadLetters.invokerLike(twin.eventHandlerInvoker(), configuration))
                .build();
        // The builder is Axon's, which builds the live processor from it next: its name and handlers back.
        builder.name(Processors.READ_MODELS).eventHandlerInvoker(twin.eventHandlerInvoker());
        MessageHandlerInterceptor<EventMessage<?>> intoTheShadow = (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource(ShadowTables.class.getName(), key -> {
                jdbc.getObject().execute(ShadowTables.searchPath());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
        rebuild.registerHandlerInterceptor(intoTheShadow);
        rebuild.registerHandlerInterceptor(commits.signal());
        rebuild.registerHandlerInterceptor(oneAtATime.interceptorFor(ShadowProcessor.NAME));
        configuration.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, rebuild::shutdownAsync);
        return rebuild;
    }

    /** Before the processor starts: a deployment still on one processor per read model is rebuilt into the one. */
    @Bean
    ConfigurerModule upgradeToOneProcessor(ObjectProvider<JdbcTemplate> jdbc,
                                           @Value("${lofteskollen.read-models.segments:1}") int segments) {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(
                Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> new ProcessorUpgrade(jdbc.getObject(), segments).upgradeIfNeeded(configuration)));
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
