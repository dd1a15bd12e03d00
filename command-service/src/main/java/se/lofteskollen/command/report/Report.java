package se.lofteskollen.command.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;


import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One report — a meeting, a place visit or an activity — and its retraction. Each report is an
 * aggregate of its own, never an event in a commitment's stream: thousands of reports on one commitment,
 * from many reporters at once, then never wait for each other.
 *
 * <p>A report of a kind that no target of a commitment counts (a meeting against 6.2, a concern talk
 * against an ongoing commitment) is accepted: it shows that work is done, even where nothing is counted.
 */
@Aggregate
public class Report {

    @AggregateIdentifier
    private String reportId;
    private String promiseId;
    private ReportRetracted retraction;

    protected Report() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(RecordMeeting command, CommitmentDirectory directory) {
        record(command, directory);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(ReportPlaceVisit command, CommitmentDirectory directory) {
        record(command, directory);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(ReportActivity command, CommitmentDirectory directory) {
        record(command, directory);
    }

    /**
     * A new report is decided without reading anything of its own id: the event store's unique key on
     * (aggregate, sequence) refuses a second report under an id already taken, and {@link ReportRepeats} then
     * answers the repeat from the stored report.
     */
    private void record(NewReport command, CommitmentDirectory directory) {
        apply(command.recorded(check(command, directory).promiseId()));
    }

    /**
     * The rules a new report meets, decided without recording it (as a dry run of an import asks them): existing
     * commitments of one open promise, none withdrawn, dated in the promise year and not in the future. Answers the
     * promise it counts in.
     */
    public static PromiseEntry check(NewReport report, CommitmentDirectory directory) {
        PromiseEntry promise = report.promiseIn(directory);
        promise.requireReportable(report.date(), report.dateField(), report.today());
        return promise;
    }

    /** Nothing is deleted: the retraction is a new event, and the report stays in the history. */
    @CommandHandler
    public void handle(RetractReport command, CommitmentDirectory directory) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidCommand("reason", "refusal.report.noReason");
        }
        ReportRetracted retracted = new ReportRetracted(reportId, promiseId, command.reason());
        if (retraction != null) {
            if (!retraction.equals(retracted)) {
                throw new Conflict(null, "refusal.report.alreadyRetracted", reportId, retraction.reason());
            }
            return;
        }
        directory.promise(promiseId)
                .orElseThrow(() -> new IllegalStateException("the lookup has no promise " + promiseId + " of " + reportId))
                .requireOpen();
        apply(retracted);
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        recorded(event.meetingId(), event.promiseId());
    }

    @EventSourcingHandler
    void on(PlaceVisitReported event) {
        recorded(event.visitId(), event.promiseId());
    }

    @EventSourcingHandler
    void on(ActivityReported event) {
        recorded(event.activityId(), event.promiseId());
    }

    private void recorded(String id, String promise) {
        reportId = id;
        promiseId = promise;
    }

    @EventSourcingHandler
    void on(ReportRetracted event) {
        retraction = event;
    }
}
