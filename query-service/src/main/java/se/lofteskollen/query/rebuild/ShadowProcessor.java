package se.lofteskollen.query.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.query.deadletters.OneEventAtATime;
import se.lofteskollen.query.deadletters.RebuildDeadLetters;
import se.lofteskollen.query.readmodels.BatchCommits;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.SiblingProcessor;

/**
 * The processor of a rebuild, {@link #NAME}: the read models' handlers (with dead letters of their own), replay
 * batches, and a token of its own, writing into {@link ShadowTables} while the live processor goes on.
 */
public class ShadowProcessor implements SiblingProcessor {

    public static final String NAME = Processors.READ_MODELS + "_next";

    private final RebuildDeadLetters deadLetters;
    private final OneEventAtATime oneAtATime;
    private final ObjectProvider<JdbcTemplate> jdbc;
    private final BatchCommits commits;
    private volatile PooledStreamingEventProcessor processor;

    ShadowProcessor(RebuildDeadLetters deadLetters, OneEventAtATime oneAtATime, ObjectProvider<JdbcTemplate> jdbc,
                    BatchCommits commits) {
        this.deadLetters = deadLetters;
        this.oneAtATime = oneAtATime;
        this.jdbc = jdbc;
        this.commits = commits;
    }

    /**
     * The same handlers with dead letters of their own, a token of its own from the first event (the processor's
     * initial token, the tail), replay batches, and every transaction writing into the shadow tables: the search
     * path is set first thing in each batch, before any savepoint a batch handled event by event sets.
     */
    @Override
    public void buildFrom(Configuration configuration, PooledStreamingEventProcessor.Builder builder,
                          PooledStreamingEventProcessor replay) {
        PooledStreamingEventProcessor rebuild = builder.name(NAME)
                .eventHandlerInvoker(deadLetters.invokerLike(replay.eventHandlerInvoker(), configuration))
                .build();
        MessageHandlerInterceptor<EventMessage<?>> intoTheShadow = (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource(ShadowTables.class.getName(), key -> {
                jdbc.getObject().execute(ShadowTables.searchPath());
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
        rebuild.registerHandlerInterceptor(intoTheShadow);
        rebuild.registerHandlerInterceptor(commits.signal());
        rebuild.registerHandlerInterceptor(oneAtATime.interceptorFor(NAME));
        configuration.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, rebuild::shutdownAsync);
        this.processor = rebuild;
    }

    StreamingEventProcessor processor() {
        PooledStreamingEventProcessor built = processor;
        if (built == null) {
            throw new IllegalStateException("the rebuild processor is not built yet");
        }
        return built;
    }
}
