package se.lofteskollen.command.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.command.web.CommandRequests.Sending;
import se.lofteskollen.command.web.Ids;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Records and retracts reports for whoever asks: the report API and the report form alike, so both take the same
 * way to the command bus (the id from the client or its idempotency key, today's date, the authenticated user as
 * the author). A request arrives already checked against its constraints, each caller saying their failures its
 * own way; what a report may name, when and by whom is for the commands and the aggregates to decide.
 */
@Service
public class Reporting {

    private final CommandRequests commands;
    private final ReportRepeats repeats;

    Reporting(CommandRequests commands, ReportRepeats repeats) {
        this.commands = commands;
        this.repeats = repeats;
    }

    /** A public place (a square, a street, a park), never a person's address. */
    public record PlaceRequest(@NotBlank @Size(max = 200) String name,
                               @Size(max = 200) String area,
                               @DecimalMin("-90") @DecimalMax("90") Double lat,
                               @DecimalMin("-180") @DecimalMax("180") Double lon) {
        Place toPlace() {
            return new Place(name, area, lat, lon);
        }
    }

    public record MeetingRequest(
            @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
            @NotNull Network network,
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> commitmentIds,
            @NotNull @Min(1) @Max(10_000) Integer participants,
            @Size(max = 4000) String notes) {
    }

    public record PlaceVisitRequest(
            @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String visitId,
            @NotBlank @Size(max = 100) String commitmentId,
            @NotNull @Valid PlaceRequest place,
            @NotNull LocalDate visitedOn,
            @Size(max = 4000) String problemPicture,
            @NotBlank @Size(max = 4000) String measures) {
    }

    public record ActivityRequest(
            @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String activityId,
            @NotNull ActivityKind kind,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> commitmentIds,
            @NotNull LocalDate occurredOn,
            @Min(1) @Max(10_000) Integer count,
            @Valid PlaceRequest place,
            @Size(max = 4000) String notes) {
    }

    public record RetractionRequest(@Size(max = 2000) String reason) {
    }

    public Accepted recordMeeting(MeetingRequest request, String idempotencyKey) {
        return record(meeting(request, commands.idFor(request.meetingId(), idempotencyKey)), commands.sending());
    }

    public Accepted reportPlaceVisit(PlaceVisitRequest request, String idempotencyKey) {
        return record(placeVisit(request, commands.idFor(request.visitId(), idempotencyKey)), commands.sending());
    }

    public Accepted reportActivity(ActivityRequest request, String idempotencyKey) {
        return record(activity(request, commands.idFor(request.activityId(), idempotencyKey)), commands.sending());
    }

    /** The command a checked request stands for, under the id chosen for it. */
    public NewReport meeting(MeetingRequest request, String meetingId) {
        return new RecordMeeting(meetingId, request.network(), request.heldOn(), request.commitmentIds(),
                request.participants(), request.notes(), commands.today());
    }

    public NewReport placeVisit(PlaceVisitRequest request, String visitId) {
        return new ReportPlaceVisit(visitId, request.commitmentId(), request.place().toPlace(), request.visitedOn(),
                request.problemPicture(), request.measures(), commands.today());
    }

    public NewReport activity(ActivityRequest request, String activityId) {
        return new ReportActivity(activityId, request.kind(), request.commitmentIds(), request.occurredOn(),
                request.count() == null ? 1 : request.count(),
                request.place() == null ? null : request.place().toPlace(), request.notes(), commands.today());
    }

    /**
     * Records a report once: a taken id is answered from the stored report (the same success, or a conflict),
     * never retried. {@code sending} may have been captured on another thread (an import's rows).
     */
    public Accepted record(NewReport report, Sending sending) {
        return record(report, sending, () -> { });
    }

    /** As {@link #record(NewReport, Sending)}; {@code onRepeat} runs when the report was stored before. */
    public Accepted record(NewReport report, Sending sending, Runnable onRepeat) {
        return commands.createOnce(report, report.reportId(), () -> {
            Optional<Accepted> stored = repeats.answer(report);
            stored.ifPresent(repeat -> onRepeat.run());
            return stored;
        }, sending);
    }

    /** What is stored under the report's id: nothing, the same report (its answer), or other content (a conflict). */
    public Optional<Accepted> stored(NewReport report) {
        return repeats.answer(report);
    }

    public Accepted retract(String reportId, RetractionRequest request) {
        return commands.change(new RetractReport(reportId, request.reason()), "reportId", reportId);
    }
}
