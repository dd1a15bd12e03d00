package se.lofteskollen.command.promise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.Signatory;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/promises")
@Tag(name = "Promises", description = "A year's citizen promise between a local police area and a municipality")
public class PromiseController {

    private final CommandRequests commands;

    public PromiseController(CommandRequests commands) {
        this.commands = commands;
    }

    public record CreatePromiseRequest(
            @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String promiseId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String policeArea,
            @NotBlank @Size(max = 200) String municipality,
            @Schema(description = "The promise's own priority areas, in its order, e.g. `{\"code\": \"6\", \"name\": "
                    + "\"Brottskoncentrationer kopplade till tider och platser\"}`; a commitment names one by its code")
            @NotEmpty @Size(max = 30) List<@NotNull @Valid CodeAndName> priorityAreas,
            @Schema(description = "The parties the promise names, each with the organisation that acts as it: the code "
                    + "its staff's tokens carry, e.g. `{\"code\": \"POLICE\", \"name\": \"Lokalpolisområde Vimmerby\", "
                    + "\"organisation\": \"LPO_VIMMERBY\"}`. Its reporters report on what the party answers for; its "
                    + "coordinators and management work with the promise. POLICE and MUNICIPALITY, which every promise "
                    + "has, are added under the police area's and the municipality's names when left out; a party "
                    + "without an organisation is acted on by the organisation of its own code (POLICE, MUNICIPALITY: "
                    + "Västervik's in the default data). The coordinator sending this must belong to one of them.")
            @Size(max = 20) List<@NotNull @Valid PartyRequest> parties,
            @Schema(description = "The police region, e.g. Polisregion Öst (for the national roll-up)")
            @NotBlank @Size(max = 200) String policeRegion,
            @Schema(description = "The county, e.g. Kalmar län")
            @NotBlank @Size(max = 200) String county,
            @Schema(description = "Last year's promise this one renews (\"Förnya\"): the year after it, renewed once, by "
                    + "its coordinators; its commitments may then carry on last year's (their predecessorId). "
                    + "GET /api/promises/{id}/renewal-draft gives the body of such a renewal.")
            @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String predecessorId) {

        /** The command this request asks for, the promise named {@code promiseId}; the API and the draft page send it. */
        public CreatePromise command(String promiseId) {
            return new CreatePromise(promiseId, year, title, policeArea, municipality,
                    priorityAreas.stream().map(area -> new PriorityArea(area.code(), area.name())).toList(),
                    parties == null ? List.of()
                            : parties.stream().map(party -> new PromiseParty(party.code(), party.name(), party.organisation())).toList(),
                    policeRegion, county, predecessorId);
        }
    }

    /** A priority area or a party of a promise: a short code commitments name it by, and its name. */
    public record CodeAndName(@NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z._-]+") String code,
                              @NotBlank @Size(max = 200) String name) {
    }

    /** A party of a promise: its code, its name in the promise, and the organisation acting as it. */
    public record PartyRequest(@NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z._-]+") String code,
                               @NotBlank @Size(max = 200) String name,
                               @Pattern(regexp = Organisations.PATTERN, message = "must be " + Organisations.RULE)
                               String organisation) {
    }

    /** An official signing for a party: a public role, never a citizen. */
    public record SignatoryRequest(@NotBlank @Size(max = 200) String name,
                                   @NotBlank @Size(max = 200) String title,
                                   @NotNull Party party) {
    }

    public record SigningRequest(@NotNull LocalDate signedOn,
                                 @NotEmpty @Size(max = 10) List<@NotNull @Valid SignatoryRequest> signatories) {

        /** {@code today}: the date of the request; the API and the coordinator's form send this command. */
        public SignPromise command(String promiseId, LocalDate today) {
            return new SignPromise(promiseId, signedOn, signatories.stream()
                    .map(signatory -> new Signatory(signatory.name(), signatory.title(), signatory.party()))
                    .toList(), today);
        }
    }

    public record ClosingRequest(
            @NotNull LocalDate closedOn,
            @Schema(description = "What the year achieved. PUBLISHED ON THE CITIZEN PAGE: written for the public, "
                    + "never with names, personal identity numbers, phone numbers or e-mail addresses.")
            @Size(max = 10_000) String summary) {

        public ClosePromise command(String promiseId, LocalDate today) {
            return new ClosePromise(promiseId, closedOn, summary, today);
        }
    }

    @PostMapping
    @Operation(summary = "Create a promise (CreatePromise)",
            description = "Without a promiseId, the id is derived from the Idempotency-Key header, or generated.")
    public ResponseEntity<Accepted> create(
            @Parameter(description = "Makes a repeat of this request create nothing new")
            @RequestHeader(name = CommandRequests.IDEMPOTENCY_KEY, required = false) @Size(max = 200) String idempotencyKey,
            @Valid @RequestBody CreatePromiseRequest request) {
        String promiseId = commands.idFor(request.promiseId(), idempotencyKey);
        Accepted accepted = commands.create(request.command(promiseId), "promiseId", promiseId);
        return ResponseEntity.created(URI.create("/api/promises/" + promiseId)).body(accepted);
    }

    @PostMapping("/{promiseId}/signatures")
    @Operation(summary = "Sign the promise (SignPromise)",
            description = "Signed by both parties (at least one signatory of the police and one of the municipality), "
                    + "not in the future and not after the promise year. A promise is signed once; the same signing "
                    + "sent again is answered as a success.")
    public Accepted sign(
            @PathVariable @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String promiseId,
            @Valid @RequestBody SigningRequest request) {
        return commands.change(request.command(promiseId, commands.today()), "promiseId", promiseId);
    }

    @PostMapping("/{promiseId}/closing")
    @Operation(summary = "Close the promise's year (ClosePromise)",
            description = "The year has been followed up: afterwards nothing more is pledged, revised, withdrawn, "
                    + "reported or retracted in this promise.")
    public Accepted close(
            @PathVariable @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String promiseId,
            @Valid @RequestBody ClosingRequest request) {
        return commands.change(request.command(promiseId, commands.today()), "promiseId", promiseId);
    }
}
