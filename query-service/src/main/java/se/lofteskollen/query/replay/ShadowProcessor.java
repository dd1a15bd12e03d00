package se.lofteskollen.query.replay;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * The processor of a rebuild, {@link #NAME}: the read models' handlers (with dead letters of their own), replay
 * batches, and a token of its own, writing into {@link ShadowTables} while the live processor goes on.
 */
public class ShadowProcessor {

    public static final String NAME = Processors.READ_MODELS + "_next";

    private volatile PooledStreamingEventProcessor processor;

    void set(PooledStreamingEventProcessor processor) {
        this.processor = processor;
    }

    StreamingEventProcessor processor() {
        PooledStreamingEventProcessor built = processor;
        if (built == null) {
            throw new IllegalStateException("the rebuild processor is not built yet");
        }
        return built;
    }
}
