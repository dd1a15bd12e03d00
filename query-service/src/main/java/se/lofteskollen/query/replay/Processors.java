package se.lofteskollen.query.replay;

import org.axonframework.eventhandling.TrackingToken;

import java.util.List;

/**
 * The processing groups of the query-service. Each is a pooled streaming processor (see
 * query-service.properties) with its own token, and owns the tables its projections write.
 */
public final class Processors {

    /** Promises, commitments, their versions and baselines, and every report: what progress is computed from. */
    public static final String COMMITMENTS = "commitments";
    /** The audit trail. */
    public static final String AUDIT = "audit";
    /** Place visits for the hot-spot view. */
    public static final String PLACES = "places";

    public static final List<String> ALL = List.of(COMMITMENTS, AUDIT, PLACES);

    private Processors() {
    }

    /** The global position (global_index) of the event a handler is given, also while replaying. */
    public static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
