package se.lofteskollen.query.readmodels;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * A processor built from the read models' processor builder just before Axon builds the live one from it, so that it
 * has the same handlers, token store, transactions and executors (the rebuild's processor is one). It is free to name
 * the builder and give it other handlers: both are put back before the live processor is built. Declared here and
 * built elsewhere so that the processor's configuration does not know who builds beside it.
 */
@FunctionalInterface
public interface SiblingProcessor {

    /**
     * @param builder the live processor's builder, with replay batches
     * @param replay  the live processor's twin with replay batches ({@link ReplayProcessor}), already built
     */
    void buildFrom(Configuration configuration, PooledStreamingEventProcessor.Builder builder,
                   PooledStreamingEventProcessor replay);
}
