package se.lofteskollen.query.deadletters;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /actuator/deadletters} lists the events the read models parked, with why;
 * {@code POST /actuator/deadletters/retry} processes them again once the cause is fixed. For the OPERATOR role
 * only (see SecurityConfiguration).
 */
@Component
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;

    public DeadLettersEndpoint(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @ReadOperation
    public Map<String, Object> parked() {
        List<DeadLetterView> parked = deadLetters.parked();
        return Map.of("count", parked.size(), "parked", parked);
    }

    @WriteOperation
    public WebEndpointResponse<Object> act(@Selector String action) {
        if (!"retry".equals(action)) {
            return new WebEndpointResponse<>(Map.of("detail", "the one action is retry"),
                    WebEndpointResponse.STATUS_NOT_FOUND);
        }
        return new WebEndpointResponse<>(deadLetters.retryAll(), WebEndpointResponse.STATUS_OK);
    }
}
