package se.lofteskollen.command.report;

import se.lofteskollen.command.lookup.CheckedAtAppend;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;

/**
 * A command that records a new report (a meeting, a place visit, an activity) under its own id. What it records
 * is settled by the command and the promise its commitments belong to, so a repeat under the same id can be told
 * from other content by comparing the stored event with {@link #recorded(String)}. Its rules are checked at the
 * append: a report is the command sent most, and one statement stores it.
 */
public sealed interface NewReport extends CheckedAtAppend permits RecordMeeting, ReportPlaceVisit, ReportActivity {

    String reportId();

    /** The request field that carries the id, named when the id is already taken. */
    String idField();

    /** The event this command records, in {@code promiseId}. */
    PromiseEvent recorded(String promiseId);

    /** When what is reported happened, and the request field that says it. */
    LocalDate date();

    String dateField();

    /** The date the request was made. */
    LocalDate today();

    /** The promise of the commitments it reports on, once the rules of what a report names hold. */
    PromiseEntry promiseIn(CommitmentDirectory directory);
}
