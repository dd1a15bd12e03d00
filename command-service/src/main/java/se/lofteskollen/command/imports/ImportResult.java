package se.lofteskollen.command.imports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import se.lofteskollen.command.rules.Refusal;

/** What became of each row of an import. */
@Schema(description = "The answer to an import: a line per row, in the file's order")
public record ImportResult(
        @Schema(description = "true when nothing was stored: the rows were only checked") boolean dryRun,
        @Schema(description = "Rows read (below the header)") int rows,
        @Schema(description = "Rows stored now") long stored,
        @Schema(description = "Rows stored by an earlier import of the same externalId: nothing new was stored") long alreadyStored,
        @Schema(description = "Rows refused; each says its line, column and why") long refused,
        List<Line> lines) {

    public enum Status {
        /** A dry run found nothing wrong: a real import would store it. */
        WOULD_STORE,
        STORED,
        ALREADY_STORED,
        REFUSED
    }

    /**
     * One row; {@code line} counts the header as line 1. A refused row's {@code message} is the rule's English, as
     * the API says every refusal; its {@code refusal} (not in the API's answer) lets the import page say it in the
     * reader's language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, String externalId, Status status, String id, Long position, String field,
                       String message, @JsonIgnore Refusal refusal) {

        Line(int line, String externalId, Status status, String id, Long position) {
            this(line, externalId, status, id, position, null, null, null);
        }

        static Line refused(int line, String externalId, String field, Refusal refusal) {
            return new Line(line, externalId, Status.REFUSED, null, null, field, refusal.english(), refusal);
        }
    }

    static ImportResult of(boolean dryRun, List<Line> lines) {
        return new ImportResult(dryRun, lines.size(), count(lines, Status.STORED), count(lines, Status.ALREADY_STORED),
                count(lines, Status.REFUSED), lines);
    }

    List<Line> refusedLines() {
        return lines.stream().filter(line -> line.status() == Status.REFUSED).toList();
    }

    private static long count(List<Line> lines, Status status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }
}
