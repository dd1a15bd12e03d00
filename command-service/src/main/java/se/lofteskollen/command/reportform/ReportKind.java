package se.lofteskollen.command.reportform;

/**
 * What the staff member did, as the form offers it: one of the three kinds of report. Its words are
 * {@code reportform.kind.<name>} and {@code reportform.kind.<name>.hint}.
 */
enum ReportKind {
    PLACE_VISIT,
    ACTIVITY,
    MEETING
}
