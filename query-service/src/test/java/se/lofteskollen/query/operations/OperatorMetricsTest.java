package se.lofteskollen.query.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator scrapes the service's meters at {@code /actuator/prometheus} (Axon's processor meters, the
 * processors' lag, the dead letters) and reads each processor's health with its lag; nobody else scrapes, and
 * the health's status stays open to probes without the details. (Spring Boot's tests export no meters unless
 * asked, hence the annotation.)
 */
@AutoConfigureObservability(tracing = false)
class OperatorMetricsTest extends QueryServiceTest {

    @Test
    void theOperatorScrapesAxonsProcessorMetersTheLagAndTheDeadLetters() throws Exception {
        feed().publish(Promises.created(id("metrics-2025"), 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();

        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("drift", "drift")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(scrape)
                .contains("eventProcessor_latency", "processorName=\"readmodels\"")
                // Axon's capacity, over ten seconds rather than ten minutes of kept handling times (BoundedAxonMeters).
                .contains("eventProcessor_capacity{payloadType=\"PromiseCreated\",processorName=\"readmodels\"}")
                .contains("lofteskollen_processor_lag{processor=\"readmodels\"}")
                .contains("lofteskollen_deadletters{group=\"places\"}");
    }

    @Test
    void nobodyButTheOperatorScrapes() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ledning", "ledning"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("samordnare", "samordnare")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOperatorSeesEachProcessorsLagInTheHealthAndAProbeOnlyTheStatus() throws Exception {
        feed().publish(Promises.created(id("health-2025"), 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();

        JsonNode operator = getJson(get("/actuator/health").with(httpBasic("drift", "drift")));
        JsonNode readModels = operator.path("components").path("eventProcessors").path("components").path("readmodels");
        assertThat(readModels.path("status").asText()).isEqualTo("UP");
        assertThat(readModels.path("details").has("lag")).isTrue();
        assertThat(readModels.path("details").path("position").asLong()).isPositive();

        JsonNode probe = getJson(get("/actuator/health"));
        assertThat(probe.path("status").asText()).isEqualTo("UP");
        assertThat(probe.has("components")).isFalse();
    }
}
