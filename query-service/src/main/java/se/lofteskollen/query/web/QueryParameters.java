package se.lofteskollen.query.web;

/** Descriptions of the parameters every query shares, for the OpenAPI document. */
public final class QueryParameters {

    public static final String AS_OF = "The date judged, YYYY-MM-DD: what had happened by then counts. Defaults to "
            + "today (Europe/Stockholm); moved into the promise year.";
    public static final String KNOWN_AT = "An ISO-8601 instant: only what had been recorded by then exists (reports, "
            + "retractions, revisions, baselines, withdrawals). Defaults to now.";
    public static final String MIN_POSITION = "Read your write: the `position` a command answered with. The query "
            + "waits (bounded, 2 s by default) until this read model has processed it, else answers 503.";

    private QueryParameters() {
    }
}
