package se.lofteskollen.events;

/** The three kinds of report staff file; a target counts reports of one of them. */
public enum ReportType {
    MEETING,
    PLACE_VISIT,
    ACTIVITY
}
