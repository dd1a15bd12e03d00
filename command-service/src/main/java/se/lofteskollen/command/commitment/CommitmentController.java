package se.lofteskollen.command.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.command.web.Ids;
import se.lofteskollen.events.Target;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api")
@Tag(name = "Commitments", description = "The lines of a promise: pledged, revised, withdrawn, and followed up with milestones and notes")
public class CommitmentController {

    /** Present text is never only blanks; absent text (in a revision) leaves the text as it is. */
    private static final String NOT_BLANK = "(?s).*\\S.*";

    private final CommandRequests commands;

    public CommitmentController(CommandRequests commands) {
        this.commands = commands;
    }

    public record PledgeRequest(
            @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
            @Schema(description = "The code of one of the promise's priority areas, e.g. `6`")
            @NotBlank @Size(max = 20) String priorityArea,
            @Schema(description = "Codes of the promise's parties, e.g. `POLICE`, `MUNICIPALITY`, `REGION`")
            @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 20) String> responsible,
            @NotBlank @Size(max = 4000) String text,
            @Size(max = 10) List<@NotNull Target> targets,
            @Schema(description = "The commitment of last year's promise this one carries on, when its promise renews "
                    + "that one: the dashboard compares the two")
            @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String predecessorId) {

        /** The id chosen, else {@code <promiseId>-<code>}: pledging the same code again names the same commitment. */
        public String commitmentIdIn(String promiseId) {
            return commitmentId != null ? commitmentId : promiseId + "-" + code;
        }

        /** The command this request asks for in promise {@code promiseId}; the API and the draft page send it. */
        public PledgeCommitment command(String promiseId) {
            return new PledgeCommitment(commitmentIdIn(promiseId), promiseId, code, priorityArea, responsible, text,
                    targets == null ? List.of() : targets, predecessorId);
        }
    }

    public record RevisionRequest(
            @Size(max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String text,
            @Size(max = 10) List<@NotNull Target> targets,
            @Schema(description = "Codes of the promise's parties; left out, they stay as they are")
            @Size(min = 1, max = 20) Set<@NotBlank @Size(max = 20) String> responsible,
            @Size(max = 2000) String reason) {

        /** The command this request asks for on {@code commitmentId}; the API and the coordinator's form send it. */
        public ReviseCommitment command(String commitmentId) {
            return new ReviseCommitment(commitmentId, text, targets, responsible, reason);
        }
    }

    public record WithdrawalRequest(
            @Schema(description = "Why the commitment is withdrawn. PUBLISHED ON THE CITIZEN PAGE: written for the "
                    + "public, never with names, personal identity numbers, phone numbers or e-mail addresses.")
            @Size(max = 2000) String reason) {

        public WithdrawCommitment command(String commitmentId) {
            return new WithdrawCommitment(commitmentId, reason);
        }
    }

    public record BaselineRequest(@NotNull @PositiveOrZero @Max(1_000_000) Integer value, @Size(max = 500) String basis) {

        public SetBaseline command(String commitmentId) {
            return new SetBaseline(commitmentId, value, basis);
        }
    }

    public record MilestoneRequest(@NotBlank @Size(max = 300) String milestone,
                                   @NotNull LocalDate reachedOn,
                                   @Size(max = 4000) String notes) {

        /** {@code today}: the date of the request, where the service runs. */
        public ReachMilestone command(String commitmentId, LocalDate today) {
            return new ReachMilestone(commitmentId, milestone, reachedOn, notes, today);
        }
    }

    public record StatusNoteRequest(@Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String noteId,
                                    @NotBlank @Size(max = 4000) String note) {

        /** {@code chosenNoteId}: the request's own, or one derived from its idempotency key. */
        public AddStatusNote command(String commitmentId, String chosenNoteId) {
            return new AddStatusNote(commitmentId, chosenNoteId, note);
        }
    }

    @PostMapping("/promises/{promiseId}/commitments")
    @Operation(summary = "Pledge a commitment into a promise (PledgeCommitment)",
            description = "The code is unique in the promise; without a commitmentId the id is `<promiseId>-<code>`. "
                    + "The priority area and the responsible parties are codes the promise defined. "
                    + "Deadlines fall in the promise year and name different milestones; at most one INCREASE target. "
                    + "A closed promise takes no pledges.")
    public ResponseEntity<Accepted> pledge(
            @PathVariable @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String promiseId,
            @Valid @RequestBody PledgeRequest request) {
        String commitmentId = request.commitmentIdIn(promiseId);
        Accepted accepted = commands.create(request.command(promiseId), "commitmentId", commitmentId);
        return ResponseEntity.created(URI.create("/api/commitments/" + commitmentId)).body(accepted);
    }

    @PutMapping("/commitments/{commitmentId}")
    @Operation(summary = "Revise a commitment (ReviseCommitment)",
            description = "Changes the text, the targets or the responsible parties (a field left out stays as it is; "
                    + "`targets: []` removes every target), always with a reason. A revision that changes nothing "
                    + "(such as a repeat) is answered as a success and stores nothing.")
    public Accepted revise(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @Valid @RequestBody RevisionRequest request) {
        return commands.change(request.command(commitmentId), "commitmentId", commitmentId);
    }

    @PostMapping("/commitments/{commitmentId}/withdrawal")
    @Operation(summary = "Withdraw a commitment (WithdrawCommitment)",
            description = "With a reason. A withdrawn commitment stays in the history and takes no more reports.")
    public Accepted withdraw(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @Valid @RequestBody WithdrawalRequest request) {
        return commands.change(request.command(commitmentId), "commitmentId", commitmentId);
    }

    @PutMapping("/commitments/{commitmentId}/baseline")
    @Operation(summary = "Set the baseline of an INCREASE target (SetBaseline)",
            description = "The figure to exceed, e.g. 12 with basis \"citizen dialogues held in 2024\". May be set again to correct it.")
    public Accepted setBaseline(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @Valid @RequestBody BaselineRequest request) {
        return commands.change(request.command(commitmentId), "commitmentId", commitmentId);
    }

    @PostMapping("/commitments/{commitmentId}/milestones")
    @Operation(summary = "Report a milestone reached (ReachMilestone)",
            description = "Only a milestone that a DEADLINE target of the commitment names, once; dated in the promise "
                    + "year and not in the future.")
    public Accepted reachMilestone(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @Valid @RequestBody MilestoneRequest request) {
        return commands.change(request.command(commitmentId, commands.today()), "commitmentId", commitmentId);
    }

    @PostMapping("/commitments/{commitmentId}/notes")
    @Operation(summary = "Add a status note (AddStatusNote)",
            description = "A narrative update for the follow-up. Never a citizen's name or identity. With a noteId "
                    + "(or an Idempotency-Key) a repeat adds the note once.")
    public ResponseEntity<Accepted> addStatusNote(
            @PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String commitmentId,
            @Parameter(description = "Makes a repeat of this request add nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody StatusNoteRequest request) {
        String noteId = commands.idFor(request.noteId(), idempotencyKey);
        Accepted accepted = commands.change(request.command(commitmentId, noteId), "commitmentId", commitmentId, noteId);
        return ResponseEntity.status(201).body(accepted);
    }
}
