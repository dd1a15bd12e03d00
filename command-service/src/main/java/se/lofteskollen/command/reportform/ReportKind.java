package se.lofteskollen.command.reportform;

/**
 * What the staff member did, as the form offers it: one of the three kinds of report, a milestone of a commitment
 * reached, or a status note on one. Its words are {@code reportform.kind.<name>} and {@code reportform.kind.<name>.hint}.
 */
enum ReportKind {
    PLACE_VISIT,
    ACTIVITY,
    MEETING,
    MILESTONE,
    STATUS_NOTE;

    /** A status note is of the day it is written; everything else names its day. */
    boolean dated() {
        return this != STATUS_NOTE;
    }
}
