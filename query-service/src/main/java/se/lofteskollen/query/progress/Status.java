package se.lofteskollen.query.progress;

/**
 * The status of a target or a commitment. Declared from best to worst: a commitment's overall status is
 * the worst of its targets' (the highest ordinal). WITHDRAWN is apart: it is never compared.
 */
public enum Status {
    ACHIEVED("Uppnått"),
    DONE("Klart"),
    ON_TRACK("Enligt plan"),
    ACTIVE("Aktivt"),
    DUE("Ska vara klart senare"),
    NO_BASELINE("Utgångsvärde saknas"),
    QUIET("Inget rapporterat på 90 dagar"),
    AT_RISK("Risk för att inte nå målet"),
    BEHIND("Efter plan"),
    OVERDUE("Försenat"),
    WITHDRAWN("Återkallat");

    private final String swedishName;

    Status(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The statuses a summary counts: all but WITHDRAWN, which is listed apart. */
    public static Status[] summarised() {
        return java.util.Arrays.stream(values()).filter(status -> status != WITHDRAWN).toArray(Status[]::new);
    }
}
