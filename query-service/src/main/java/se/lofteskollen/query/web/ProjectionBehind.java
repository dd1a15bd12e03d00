package se.lofteskollen.query.web;

import java.time.Duration;

/** A read model had not processed the position a client asked for within the bounded wait. */
public class ProjectionBehind extends RuntimeException {

    private final long minPosition;
    private final Duration waited;

    public ProjectionBehind(long minPosition, Duration waited, String message) {
        super(message);
        this.minPosition = minPosition;
        this.waited = waited;
    }

    public long minPosition() {
        return minPosition;
    }

    public Duration waited() {
        return waited;
    }
}
