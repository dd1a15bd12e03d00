package se.lofteskollen.command.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.report.Reporting.ActivityRequest;
import se.lofteskollen.command.report.Reporting.MeetingRequest;
import se.lofteskollen.command.report.Reporting.PlaceVisitRequest;
import se.lofteskollen.command.report.Reporting.RetractionRequest;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.command.web.Ids;

import java.net.URI;

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

    private final Reporting reporting;

    public ReportController(Reporting reporting) {
        this.reporting = reporting;
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a network meeting (RecordMeeting)",
            description = "One meeting may serve several commitments: a Tistel meeting counts for both 1.1 and 5.2. "
                    + "`participants` is a head count; who attended is not recorded." + ACCEPTED_ALSO_WHEN_NOT_COUNTED)
    public ResponseEntity<Accepted> recordMeeting(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody MeetingRequest request) {
        return created(reporting.recordMeeting(request, idempotencyKey));
    }

    @PostMapping("/place-visits")
    @Operation(summary = "Report a place visit (ReportPlaceVisit)",
            description = "A visit to a public place with measures fitted to its problem picture." + ACCEPTED_ALSO_WHEN_NOT_COUNTED)
    public ResponseEntity<Accepted> reportPlaceVisit(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody PlaceVisitRequest request) {
        return created(reporting.reportPlaceVisit(request, idempotencyKey));
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
        return created(reporting.reportActivity(request, idempotencyKey));
    }

    @PostMapping("/reports/{reportId}/retraction")
    @Operation(summary = "Retract a meeting, place visit or activity (RetractReport)",
            description = "With a reason. Nothing is deleted: the report stays in the history and no longer counts. "
                    + "A closed promise takes no retractions.")
    public Accepted retract(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
            @Valid @RequestBody RetractionRequest request) {
        return reporting.retract(reportId, request);
    }

    private static ResponseEntity<Accepted> created(Accepted accepted) {
        return ResponseEntity.created(URI.create("/api/reports/" + accepted.id())).body(accepted);
    }
}
