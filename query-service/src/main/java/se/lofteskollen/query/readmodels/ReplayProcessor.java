package se.lofteskollen.query.readmodels;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * The read-model processor with replay-sized batches. Axon's pooled processor has one batch size for its life, and
 * the live one is kept to a few hundred events per transaction; a replay wants a thousand or more. So the processor
 * is built twice from one configuration (see {@link ProcessingConfiguration}): the same name, handlers, dead letters,
 * token store and token, differing only in the batch size. A rebuild stops the live one and runs this one until the
 * replay has caught up, then hands back. Never both at once: they claim segments under the same owner name, so both
 * running would process the same segment twice.
 */
public class ReplayProcessor {

    private volatile PooledStreamingEventProcessor twin;
    private volatile boolean interceptorsCopied;
    /** From taking over until the live processor has started again. */
    private volatile boolean replaying;

    void set(PooledStreamingEventProcessor twin) {
        this.twin = twin;
    }

    /** Stops the live processor and replays with replay-sized batches from where the tokens stand. */
    public synchronized void takeOver(StreamingEventProcessor live) {
        PooledStreamingEventProcessor replay = twin();
        if (!interceptorsCopied && live instanceof AbstractEventProcessor configured) {
            // Registered by Axon on the live processor only: batch signals, one-event-at-a-time, correlation data.
            configured.getHandlerInterceptors().forEach(replay::registerHandlerInterceptor);
            interceptorsCopied = true;
        }
        replaying = true;
        live.shutDown();
        replay.start();
    }

    /** Stops replaying with replay batches (it releases its segments) and starts the live processor again. */
    public synchronized void handBack(StreamingEventProcessor live) {
        try {
            twin().shutDown();
            live.start();
        } finally {
            replaying = false;
        }
    }

    /** Has this instance handed the read models to the replay batches, and not yet back to the live processor? */
    public boolean running() {
        return replaying;
    }

    /** The replay processor, for the positions of the segments it holds here. */
    public StreamingEventProcessor processor() {
        return twin();
    }

    private PooledStreamingEventProcessor twin() {
        PooledStreamingEventProcessor replay = twin;
        if (replay == null) {
            throw new IllegalStateException("the replay processor of " + Processors.READ_MODELS + " is not built yet");
        }
        return replay;
    }
}
