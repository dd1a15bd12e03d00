package se.lofteskollen.command.draft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.web.Ids;

@RestController
@Validated
@Tag(name = "Promises")
public class RenewalDraftController {

    private final Renewals renewals;
    private final CurrentIdentity identity;

    RenewalDraftController(Renewals renewals, CurrentIdentity identity) {
        this.renewals = renewals;
        this.identity = identity;
    }

    @GetMapping(value = "/api/promises/{promiseId}/renewal-draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft next year's promise from this one (\"Förnya\")",
            description = "The same priority areas, parties and organisations, police region and county, the year after, "
                    + "with predecessorId set; every commitment still in force carried on as last revised (its "
                    + "deadlines a year later, the year in its text the next), each with predecessorId naming the one "
                    + "it carries on, so that the dashboard compares the two. Shaped as the bodies of POST "
                    + "/api/promises and POST /api/promises/{id}/commitments, as a draft from text is. Nothing is "
                    + "stored. For the promise's own coordinators; a promise is renewed once (409 after).")
    public PromiseDraft renewalDraft(
            @PathVariable @Size(max = 60) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String promiseId) {
        return renewals.draftFor(promiseId, identity.get().member());
    }
}
