package se.lofteskollen.query.replay;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /actuator/rebuild} replays every projection (or those named in {@code processors}, comma-separated,
 * e.g. {"processors":"audit,places"}) from the event store; {@code GET /actuator/rebuild} tells where it stands. Only
 * MANAGEMENT and COORDINATOR may call it (see SecurityConfiguration). Answers 409 when another instance holds a
 * segment, in which case nothing has changed.
 */
@Endpoint(id = "rebuild")
public class RebuildEndpoint {

    private final Rebuild rebuild;

    public RebuildEndpoint(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @ReadOperation
    public Map<String, Object> status() {
        return rebuild.status();
    }

    @WriteOperation
    public WebEndpointResponse<Object> rebuild(@Nullable String processors) {
        // Actuator reads a request body as a map of strings: a list comes comma-separated.
        List<String> names = processors == null || processors.isBlank() ? List.of()
                : Arrays.stream(processors.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        try {
            List<Rebuild.Started> outcomes = rebuild.rebuild(names);
            boolean allStarted = outcomes.stream().allMatch(Rebuild.Started::started);
            return new WebEndpointResponse<>(Map.of("rebuilds", outcomes),
                    allStarted ? WebEndpointResponse.STATUS_OK : 409);
        } catch (IllegalArgumentException unknownProcessor) {
            return new WebEndpointResponse<>(Map.of("detail", unknownProcessor.getMessage()),
                    WebEndpointResponse.STATUS_BAD_REQUEST);
        }
    }
}
