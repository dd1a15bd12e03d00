package se.lofteskollen.query.replay;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /actuator/rebuild} replays every projection (or those named in {@code processors}, e.g.
 * {"processors":["audit"]}) from the event store; {@code GET /actuator/rebuild} tells where it stands. Only
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
    public WebEndpointResponse<Object> rebuild(@Nullable List<String> processors) {
        try {
            List<Rebuild.Started> outcomes = rebuild.rebuild(processors);
            boolean allStarted = outcomes.stream().allMatch(Rebuild.Started::started);
            return new WebEndpointResponse<>(Map.of("rebuilds", outcomes),
                    allStarted ? WebEndpointResponse.STATUS_OK : 409);
        } catch (IllegalArgumentException unknownProcessor) {
            return new WebEndpointResponse<>(Map.of("detail", unknownProcessor.getMessage()),
                    WebEndpointResponse.STATUS_BAD_REQUEST);
        }
    }
}
