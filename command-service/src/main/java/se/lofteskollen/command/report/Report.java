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
    /** The event that recorded the report: a repeat of the same request must match it exactly. */
    private Object report;
    private ReportRetracted retraction;

    protected Report() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordMeeting command, CommitmentDirectory directory) {
        if (isRepeatOf(new MeetingRecorded(command.meetingId(), promiseId, command.network(), command.heldOn(),
                command.commitmentIds(), command.participants(), command.notes()), "meetingId")) {
            return;
        }
        PromiseEntry promise = ReportedCommitments.promiseOf(command.commitmentIds(), "commitmentIds", directory);
        promise.requireReportable(command.heldOn(), "heldOn", command.today());
        apply(new MeetingRecorded(command.meetingId(), promise.promiseId(), command.network(), command.heldOn(),
                command.commitmentIds(), command.participants(), command.notes()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReportPlaceVisit command, CommitmentDirectory directory) {
        if (isRepeatOf(new PlaceVisitReported(command.visitId(), promiseId, command.commitmentId(), command.place(),
                command.visitedOn(), command.problemPicture(), command.measures()), "visitId")) {
            return;
        }
        PromiseEntry promise = ReportedCommitments.promiseOf(command.commitmentId(), "commitmentId", directory);
        promise.requireReportable(command.visitedOn(), "visitedOn", command.today());
        apply(new PlaceVisitReported(command.visitId(), promise.promiseId(), command.commitmentId(), command.place(),
                command.visitedOn(), command.problemPicture(), command.measures()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReportActivity command, CommitmentDirectory directory) {
        if (isRepeatOf(new ActivityReported(command.activityId(), promiseId, command.kind(), command.commitmentIds(),
                command.occurredOn(), command.count(), command.place(), command.notes()), "activityId")) {
            return;
        }
        PromiseEntry promise = ReportedCommitments.promiseOf(command.commitmentIds(), "commitmentIds", directory);
        promise.requireReportable(command.occurredOn(), "occurredOn", command.today());
        apply(new ActivityReported(command.activityId(), promise.promiseId(), command.kind(), command.commitmentIds(),
                command.occurredOn(), command.count(), command.place(), command.notes()));
    }

    /** Nothing is deleted: the retraction is a new event, and the report stays in the history. */
    @CommandHandler
    public void handle(RetractReport command, CommitmentDirectory directory) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidCommand("reason", "a retraction states its reason");
        }
        ReportRetracted retracted = new ReportRetracted(reportId, promiseId, command.reason());
        if (retraction != null) {
            if (!retraction.equals(retracted)) {
                throw new Conflict(null, "report " + reportId + " was already retracted: " + retraction.reason());
            }
            return;
        }
        directory.promise(promiseId)
                .orElseThrow(() -> new IllegalStateException("the lookup has no promise " + promiseId + " of " + reportId))
                .requireOpen();
        apply(retracted);
    }

    /**
     * Is this report already recorded, exactly so (then the repeat is a success without an event)? Other
     * content under the same id is a conflict.
     */
    private boolean isRepeatOf(Object requested, String idField) {
        if (report != null) {
            if (!report.equals(requested)) {
                throw new Conflict(idField, "report " + reportId + " was already recorded with other content");
            }
            return true;
        }
        return false;
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        recorded(event.meetingId(), event.promiseId(), event);
    }

    @EventSourcingHandler
    void on(PlaceVisitReported event) {
        recorded(event.visitId(), event.promiseId(), event);
    }

    @EventSourcingHandler
    void on(ActivityReported event) {
        recorded(event.activityId(), event.promiseId(), event);
    }

    private void recorded(String id, String promise, Object event) {
        reportId = id;
        promiseId = promise;
        report = event;
    }

    @EventSourcingHandler
    void on(ReportRetracted event) {
        retraction = event;
    }
}
