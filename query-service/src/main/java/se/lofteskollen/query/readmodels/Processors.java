package se.lofteskollen.query.readmodels;

import org.axonframework.eventhandling.TrackingToken;

import java.util.List;

/**
 * The one event processor of the query-service and the processing groups it carries. Every read model is a
 * processing group (the projections name theirs with {@code @ProcessingGroup}); all of them are assigned to the one
 * pooled streaming processor {@link #READ_MODELS} (see {@link ProcessingConfiguration}), so that one read of the
 * event stream, one deserialization of each event and one transaction with one token per batch feed them all.
 * A group still owns its tables and its dead-letter queue.
 */
public final class Processors {

    /** The one processor: its token in token_entry says how far every read model is. */
    public static final String READ_MODELS = "readmodels";

    /** Promises, commitments, their versions and baselines, and every report: what progress is computed from. */
    public static final String COMMITMENTS = "commitments";
    /** The audit trail. */
    public static final String AUDIT = "audit";
    /** Place visits for the hot-spot view. */
    public static final String PLACES = "places";

    /** Every processing group, each with its own tables and dead letters, all in {@link #READ_MODELS}. */
    public static final List<String> ALL = List.of(COMMITMENTS, AUDIT, PLACES);

    private Processors() {
    }

    /** The processor a processing group (or the processor itself) runs in. */
    public static String processorOf(String groupOrProcessor) {
        if (READ_MODELS.equals(groupOrProcessor) || ALL.contains(groupOrProcessor)) {
            return READ_MODELS;
        }
        throw new IllegalArgumentException("no processor or processing group " + groupOrProcessor
                + "; the processor is " + READ_MODELS + " with the groups " + ALL);
    }

    /** The global position (global_index) of the event a handler is given, also while replaying. */
    public static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
