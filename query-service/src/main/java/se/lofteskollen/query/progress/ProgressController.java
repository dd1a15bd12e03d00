package se.lofteskollen.query.progress;

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
@RequestMapping("/api/promises")
@Tag(name = "Progress")
public class ProgressController {

    private final ProgressService progress;
    private final ReadYourWrites freshness;

    public ProgressController(ProgressService progress, ReadYourWrites freshness) {
        this.progress = progress;
        this.freshness = freshness;
    }

    @GetMapping("/{promiseId}/progress")
    @Operation(summary = "Progress of every commitment, by priority area, with headline counters and summaries",
            description = "Areas are the promise's own, in its order, each with its code (priorityArea) and name; a "
                    + "commitment's responsible are codes of the promise's parties, which parties names. The summaries "
                    + "count by area code and by party code. Statuses follow the progress rules (see the API "
                    + "description). Withdrawn commitments are listed with their reason and left out of the summary.")
    public PromiseProgress progress(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        return progress.ofPromise(promiseId, asOf, knownAt);
    }
}
