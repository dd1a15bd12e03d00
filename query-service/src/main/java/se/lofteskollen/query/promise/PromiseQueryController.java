package se.lofteskollen.query.promise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.query.access.PromiseReaders;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.NotFound;
import se.lofteskollen.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/promises")
@Tag(name = "Promises")
public class PromiseQueryController {

    private final PromiseViewRepository promises;
    private final AreasAndPartiesReader areasAndParties;
    private final ReadYourWrites freshness;
    private final ObjectMapper json;
    private final PromiseReaders readers;

    public PromiseQueryController(PromiseViewRepository promises, AreasAndPartiesReader areasAndParties,
                                  ReadYourWrites freshness, ObjectMapper json, PromiseReaders readers) {
        this.promises = promises;
        this.readers = readers;
        this.areasAndParties = areasAndParties;
        this.freshness = freshness;
        this.json = json;
    }

    /**
     * @param priorityAreas the promise's own areas in its order: a commitment's {@code priorityArea} is one's code
     * @param parties       the promise's parties in its order (POLICE and MUNICIPALITY, and any other it names), each
     *                      with the organisation acting as it: a commitment's {@code responsible} are their codes
     * @param policeRegion  absent when the promise did not state it
     * @param county        absent when the promise did not state it
     * @param predecessorId last year's promise this one renews ("Förnya"); absent for a first promise
     * @param successorId   next year's promise renewed from this one; absent until there is one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Promise(String promiseId, int year, String title, String policeArea, String municipality,
                          String policeRegion, String county, List<PriorityArea> priorityAreas,
                          List<PromiseParty> parties, Instant createdAt, LocalDate signedOn, JsonNode signatories,
                          LocalDate closedOn, String closingSummary, String predecessorId, String successorId) {
    }

    @GetMapping
    @Operation(summary = "The promises the caller reads, newest year first, each with its priority areas and parties",
            description = "Those their organisations act in as a party; every promise for the national reader.")
    public List<Promise> promises(
            @Parameter(hidden = true) Authentication authentication,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        PromiseReaders.Readable readable = readers.of(authentication);
        Map<String, AreasAndParties> all = areasAndParties.all();
        List<PromiseView> every = promises.findAllByOrderByYearDescPromiseIdAsc();
        Map<String, String> successors = new HashMap<>();
        every.stream().filter(promise -> promise.getPredecessorId() != null)
                .forEach(promise -> successors.put(promise.getPredecessorId(), promise.getPromiseId()));
        return every.stream()
                .filter(promise -> readable.includes(promise.getPromiseId()))
                .map(promise -> promise(promise, all.getOrDefault(promise.getPromiseId(), AreasAndParties.NONE),
                        successors.get(promise.getPromiseId())))
                .toList();
    }

    @GetMapping("/{promiseId}")
    @Operation(summary = "One promise: its priority areas, parties, police region, county, signatures and closing")
    public Promise promise(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        return promises.findById(promiseId).map(promise -> promise(promise, areasAndParties.of(promiseId),
                        promises.findFirstByPredecessorId(promiseId).map(PromiseView::getPromiseId).orElse(null)))
                .orElseThrow(() -> new NotFound("no promise " + promiseId));
    }

    private Promise promise(PromiseView promise, AreasAndParties own, String successorId) {
        return new Promise(promise.getPromiseId(), promise.getYear(), promise.getTitle(), promise.getPoliceArea(),
                promise.getMunicipality(), promise.getPoliceRegion(), promise.getCounty(), own.priorityAreas(),
                own.parties(), promise.getCreatedAt(), promise.getSignedOn(), tree(promise.getSignatories()),
                promise.getClosedOn(), promise.getClosingSummary(), promise.getPredecessorId(),
                successorId);
    }

    private JsonNode tree(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored signatories are not readable", e);
        }
    }
}
