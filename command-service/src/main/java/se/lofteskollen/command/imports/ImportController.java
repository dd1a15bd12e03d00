package se.lofteskollen.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.imports.ImportResult.Line;
import se.lofteskollen.command.web.CommandRequests;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Many reports at once, from another system or a spreadsheet")
public class ImportController {

    private final Importing importing;
    private final CommandRequests commands;

    ImportController(Importing importing, CommandRequests commands) {
        this.importing = importing;
        this.commands = commands;
    }

    @PostMapping(consumes = {"text/csv", "application/csv"})
    @Operation(summary = "Import reports from a CSV file",
            description = """
                    A header row names the columns, in any order, unused ones left out: externalId, kind, \
                    commitmentIds, occurredOn, place, area, count, participants, measures, notes. UTF-8 (with or \
                    without a byte order mark) or Windows-1252 as Swedish Excel saves it; `;` or `,` between cells. \
                    `kind` is PLACE_VISIT, MEETING:<network> (e.g. MEETING:TISTEL) or an activity kind (FOOT_PATROL, \
                    CONCERN_TALK, ...); `commitmentIds` are separated by `|`; a place visit needs `place` and \
                    `measures`, a meeting `participants`; `notes` is a place visit's problem picture. Every row is \
                    checked as a single report would be (who may report on what included); a real import stores \
                    nothing when a row is refused, unless `partial=true`. `externalId` identifies a row within \
                    the importing organisation: a file sent again stores only what is still missing. At most \
                    20,000 rows.""")
    public ResponseEntity<ImportResult> importReports(
            @Parameter(description = "Only check every row; store nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Store the good rows even when others are refused")
            @RequestParam(defaultValue = "false") boolean partial,
            @RequestBody byte[] file) {
        return ResponseEntity.ok(importing.run(file, dryRun, partial, commands.sending()));
    }

    /** Refused rows and no {@code partial}: problem details naming each row's line and column. */
    @ExceptionHandler(Importing.BadRows.class)
    ResponseEntity<ProblemDetail> badRows(Importing.BadRows bad) {
        List<Line> refused = bad.checked().refusedLines();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage()
                + "; send the file again with the rows mended, or with partial=true to store the others");
        problem.setTitle("Rows of the import are refused");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("field", refused.get(0).field());
        problem.setProperty("errors", refused.stream().map(line -> Map.of(
                "line", line.line(),
                "field", String.valueOf(line.field()),
                "message", line.message())).toList());
        problem.setProperty("rows", bad.checked().rows());
        return ResponseEntity.badRequest().body(problem);
    }
}
