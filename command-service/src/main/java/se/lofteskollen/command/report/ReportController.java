package se.lofteskollen.command.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.command.web.Ids;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Place;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Reports", description = """
        What staff did: meetings, place visits and activities. A report names existing, not withdrawn commitments \
        of one open promise, and is dated in the promise year, not in the future. A report of a kind that no target \
        of a named commitment counts (a meeting against 6.2, a concern talk against an ongoing commitment) is \
        ACCEPTED and stored: it shows the work done, and simply moves no counted target. Reports never name citizens.""")
public class ReportController {

    private static final String ACCEPTED_ALSO_WHEN_NOT_COUNTED = " Accepted also when no target of the named "
            + "commitments counts this kind of report: it is stored as work done and counts toward no target.";

    private final CommandRequests commands;
    private final ReportRepeats repeats;

    public ReportController(CommandRequests commands, ReportRepeats repeats) {
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

    @PostMapping("/meetings")
    @Operation(summary = "Record a network meeting (RecordMeeting)",
            description = "One meeting may serve several commitments: a Tistel meeting counts for both 1.1 and 5.2. "
                    + "`participants` is a head count; who attended is not recorded." + ACCEPTED_ALSO_WHEN_NOT_COUNTED)
    public ResponseEntity<Accepted> recordMeeting(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody MeetingRequest request) {
        String meetingId = commands.idFor(request.meetingId(), idempotencyKey);
        return created(new RecordMeeting(meetingId, request.network(), request.heldOn(),
                request.commitmentIds(), request.participants(), request.notes(), commands.today()));
    }

    @PostMapping("/place-visits")
    @Operation(summary = "Report a place visit (ReportPlaceVisit)",
            description = "A visit to a public place with measures fitted to its problem picture." + ACCEPTED_ALSO_WHEN_NOT_COUNTED)
    public ResponseEntity<Accepted> reportPlaceVisit(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody PlaceVisitRequest request) {
        String visitId = commands.idFor(request.visitId(), idempotencyKey);
        return created(new ReportPlaceVisit(visitId, request.commitmentId(), request.place().toPlace(),
                request.visitedOn(), request.problemPicture(), request.measures(), commands.today()));
    }

    @PostMapping("/activities")
    @Operation(summary = "Report activities (ReportActivity)",
            description = "`count` activities of one kind on one day (default 1): foot patrols, concern talks, citizen "
                    + "dialogues, situation pictures, other. That a concern talk took place, never with whom."
                    + ACCEPTED_ALSO_WHEN_NOT_COUNTED)
    public ResponseEntity<Accepted> reportActivity(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody ActivityRequest request) {
        String activityId = commands.idFor(request.activityId(), idempotencyKey);
        return created(new ReportActivity(activityId, request.kind(), request.commitmentIds(),
                request.occurredOn(), request.count() == null ? 1 : request.count(),
                request.place() == null ? null : request.place().toPlace(), request.notes(), commands.today()));
    }

    @PostMapping("/reports/{reportId}/retraction")
    @Operation(summary = "Retract a meeting, place visit or activity (RetractReport)",
            description = "With a reason. Nothing is deleted: the report stays in the history and no longer counts. "
                    + "A closed promise takes no retractions.")
    public Accepted retract(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
            @Valid @RequestBody RetractionRequest request) {
        return commands.change(new RetractReport(reportId, request.reason()), "reportId", reportId);
    }

    /** Sent once: a taken id is answered from the stored report (the same success, or a conflict), never retried. */
    private ResponseEntity<Accepted> created(NewReport report) {
        Accepted accepted = commands.createOnce(report, report.reportId(), () -> repeats.answer(report));
        return ResponseEntity.created(URI.create("/api/reports/" + accepted.id())).body(accepted);
    }
}
