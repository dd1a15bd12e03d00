package se.lofteskollen.query.rebuild;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.lang.Nullable;
import org.springframework.util.MimeType;
import se.lofteskollen.platform.security.SecurityEventLog;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /actuator/rebuild} replays every read model from the event store; {@code GET /actuator/rebuild} tells
 * where it stands (events done of total). The read models share one processor and its token, so naming some in
 * {@code processors} (processing groups or the processor, comma-separated, e.g. {"processors":"audit,places"})
 * still rebuilds them all; an unknown name is a bad request. Only
 * the OPERATOR may call it (see SecurityConfiguration), and every request is on the security log with who asked.
 * Answers 409 while another rebuild is being started or still replays (one at a time), and when another instance
 * holds a segment; in both cases nothing has changed.
 */
@Endpoint(id = "rebuild")
public class RebuildEndpoint {

    private static final MimeType PROBLEM = MimeType.valueOf("application/problem+json");

    private final Rebuild rebuild;
    private final SecurityEventLog securityEvents;

    public RebuildEndpoint(Rebuild rebuild, SecurityEventLog securityEvents) {
        this.rebuild = rebuild;
        this.securityEvents = securityEvents;
    }

    @ReadOperation
    public Map<String, Object> status() {
        return rebuild.status();
    }

    @WriteOperation
    public WebEndpointResponse<Object> rebuild(SecurityContext security, @Nullable String processors) {
        Principal principal = security.getPrincipal();
        String who = principal == null ? "anonymous" : principal.getName();
        // Actuator reads a request body as a map of strings: a list comes comma-separated.
        List<String> names = processors == null || processors.isBlank() ? List.of()
                : Arrays.stream(processors.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        String action = "rebuild " + (names.isEmpty() ? "all" : String.join(",", names));
        try {
            List<Rebuild.Started> outcomes = rebuild.rebuild(names);
            boolean allStarted = outcomes.stream().allMatch(Rebuild.Started::started);
            securityEvents.operatorAction(who, action, allStarted ? "started" : "refused: segments held elsewhere");
            return new WebEndpointResponse<>(Map.of("rebuilds", outcomes),
                    allStarted ? WebEndpointResponse.STATUS_OK : 409);
        } catch (Rebuild.AlreadyRunning running) {
            securityEvents.operatorAction(who, action, "refused: " + running.getMessage());
            return problem(409, "A rebuild is running", running.getMessage());
        } catch (IllegalArgumentException unknownProcessor) {
            securityEvents.operatorAction(who, action, "refused: " + unknownProcessor.getMessage());
            return problem(WebEndpointResponse.STATUS_BAD_REQUEST, "Invalid request", unknownProcessor.getMessage());
        }
    }

    private static WebEndpointResponse<Object> problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return new WebEndpointResponse<>(problem, status, PROBLEM);
    }
}
