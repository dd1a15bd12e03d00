package se.lofteskollen.query.progress;

/**
 * The status of a target or a commitment. Declared from best to worst: a commitment's overall status is
 * the worst of its targets' (the highest ordinal). WITHDRAWN is apart: it is never compared.
 */
public enum Status {
    ACHIEVED,
    DONE,
    ON_TRACK,
    ACTIVE,
    DUE,
    NO_BASELINE,
    QUIET,
    AT_RISK,
    BEHIND,
    OVERDUE,
    WITHDRAWN;

    /** What the status is called, in the reader's language (the message {@code progress.status.<name>}). */
    public String words() {
        return Wording.say("progress.status." + name());
    }

    /** What the status is called in {@code language}: Swedish for what machines read (the API, the CSV). */
    public String words(java.util.Locale language) {
        return Wording.say(language, "progress.status." + name());
    }

    /**
     * What the status is called in the reader's language, which is Swedish unless the reader asked for English.
     *
     * @deprecated kept while the pages calling it are moved to {@link #words()}, which says the same
     */
    @Deprecated
    public String swedishName() {
        return words();
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The statuses a summary counts: all but WITHDRAWN, which is listed apart. */
    public static Status[] summarised() {
        return java.util.Arrays.stream(values()).filter(status -> status != WITHDRAWN).toArray(Status[]::new);
    }
}
