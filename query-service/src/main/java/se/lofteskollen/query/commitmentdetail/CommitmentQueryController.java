package se.lofteskollen.query.commitmentdetail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/commitments")
@Tag(name = "Commitments")
public class CommitmentQueryController {

    private final CommitmentDetails details;
    private final ReadYourWrites freshness;

    public CommitmentQueryController(CommitmentDetails details, ReadYourWrites freshness) {
        this.details = details;
        this.freshness = freshness;
    }

    @GetMapping("/{commitmentId}")
    @Operation(summary = "One commitment: its targets, progress and every report",
            description = "The priority area is the code of one of the promise's own areas (priorityAreaName names "
                    + "it), the responsible parties codes of its parties (responsibleParties names them). "
                    + "Text, parties and targets are those in force at knownAt. Reports, milestones and notes "
                    + "are those recorded by knownAt, whatever their date; retracted ones are marked with the reason "
                    + "(when the retraction was recorded by knownAt). Progress is judged on asOf.")
    public CommitmentDetail commitment(
            @PathVariable String commitmentId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        return details.of(commitmentId, asOf, knownAt);
    }
}
