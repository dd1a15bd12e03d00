package se.lofteskollen.query.promise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.NotFound;
import se.lofteskollen.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/promises")
@Tag(name = "Promises")
public class PromiseQueryController {

    private final PromiseViewRepository promises;
    private final ReadYourWrites freshness;
    private final ObjectMapper json;

    public PromiseQueryController(PromiseViewRepository promises, ReadYourWrites freshness, ObjectMapper json) {
        this.promises = promises;
        this.freshness = freshness;
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Promise(String promiseId, int year, String title, String policeArea, String municipality,
                          Instant createdAt, LocalDate signedOn, JsonNode signatories, LocalDate closedOn,
                          String closingSummary) {
    }

    @GetMapping
    @Operation(summary = "The promises, newest year first")
    public List<Promise> promises(
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        return promises.findAllByOrderByYearDescPromiseIdAsc().stream().map(this::promise).toList();
    }

    @GetMapping("/{promiseId}")
    @Operation(summary = "One promise: its parties, signatures and closing")
    public Promise promise(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        return promises.findById(promiseId).map(this::promise)
                .orElseThrow(() -> new NotFound("no promise " + promiseId));
    }

    private Promise promise(PromiseView promise) {
        return new Promise(promise.getPromiseId(), promise.getYear(), promise.getTitle(), promise.getPoliceArea(),
                promise.getMunicipality(), promise.getCreatedAt(), promise.getSignedOn(), tree(promise.getSignatories()),
                promise.getClosedOn(), promise.getClosingSummary());
    }

    private JsonNode tree(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored signatories are not readable", e);
        }
    }
}
