package se.lofteskollen.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.CommandServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The API documents itself, without login, at the addresses DESIGN.md promises. */
@CommandServiceTest
class OpenApiDocsTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyCommandOfTheContractIsDocumented() throws Exception {
        JsonNode docs = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
        JsonNode paths = docs.path("paths");

        assertThat(paths.path("/api/promises").has("post")).isTrue();
        assertThat(paths.path("/api/promises/{promiseId}/signatures").has("post")).isTrue();
        assertThat(paths.path("/api/promises/{promiseId}/closing").has("post")).isTrue();
        assertThat(paths.path("/api/promises/{promiseId}/commitments").has("post")).isTrue();
        assertThat(paths.path("/api/commitments/{commitmentId}").has("put")).isTrue();
        assertThat(paths.path("/api/commitments/{commitmentId}/withdrawal").has("post")).isTrue();
        assertThat(paths.path("/api/commitments/{commitmentId}/baseline").has("put")).isTrue();
        assertThat(paths.path("/api/meetings").has("post")).isTrue();
        assertThat(paths.path("/api/place-visits").has("post")).isTrue();
        assertThat(paths.path("/api/activities").has("post")).isTrue();
        assertThat(paths.path("/api/commitments/{commitmentId}/milestones").has("post")).isTrue();
        assertThat(paths.path("/api/commitments/{commitmentId}/notes").has("post")).isTrue();
        assertThat(paths.path("/api/reports/{reportId}/retraction").has("post")).isTrue();
        assertThat(paths.path("/api/meetings").path("post").path("responses").path("409").path("content")
                .has("application/problem+json")).isTrue();
    }

    @Test
    void theReportEndpointsSayThatAReportNoTargetCountsIsAccepted() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class)).path("paths");

        for (String report : new String[]{"/api/meetings", "/api/place-visits", "/api/activities"}) {
            assertThat(paths.path(report).path("post").path("description").asText())
                    .as(report).contains("Accepted also when no target of the named commitments counts this kind of report");
        }
    }

    @Test
    void theTextsPublishedOnTheCitizenPageSaySoAndTheGuardIsDocumented() throws Exception {
        JsonNode docs = new ObjectMapper().readTree(http.getForObject("/v3/api-docs", String.class));
        JsonNode schemas = docs.path("components").path("schemas");

        assertThat(schemas.path("WithdrawalRequest").path("properties").path("reason").path("description").asText())
                .contains("PUBLISHED ON THE CITIZEN PAGE");
        assertThat(schemas.path("ClosingRequest").path("properties").path("summary").path("description").asText())
                .contains("PUBLISHED ON THE CITIZEN PAGE");
        assertThat(docs.path("info").path("description").asText())
                .contains("personal identity").contains("control characters").contains("NFC");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()
                || http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode() == HttpStatus.OK).isTrue();
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
