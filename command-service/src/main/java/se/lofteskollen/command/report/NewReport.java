package se.lofteskollen.command.report;

import se.lofteskollen.events.PromiseEvent;

/**
 * A command that records a new report (a meeting, a place visit, an activity) under its own id. What it records
 * is settled by the command and the promise its commitments belong to, so a repeat under the same id can be told
 * from other content by comparing the stored event with {@link #recorded(String)}.
 */
public sealed interface NewReport permits RecordMeeting, ReportPlaceVisit, ReportActivity {

    String reportId();

    /** The request field that carries the id, named when the id is already taken. */
    String idField();

    /** The event this command records, in {@code promiseId}. */
    PromiseEvent recorded(String promiseId);
}
