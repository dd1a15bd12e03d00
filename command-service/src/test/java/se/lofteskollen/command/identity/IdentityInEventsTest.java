package se.lofteskollen.command.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event says who did it, from the authenticated principal, and which request it came from. */
@CommandServiceTest
class IdentityInEventsTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void anEventCarriesTheUserTheirOrganisationRoleClientAndCorrelationId() {
        Answer answer = api.post("kommun", "/api/activities", """
                {"activityId":"dialog-1","kind":"CITIZEN_DIALOGUE","commitmentIds":["vastervik-2025-7.1"],
                 "occurredOn":"2025-05-20","count":2}""", Map.of("X-Correlation-Id", "est-import-2025-05-20"));

        var metaData = events.of("dialog-1").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("kommun");
        assertThat(metaData.path("userName").asText()).isEqualTo("Kommunens samordnare");
        assertThat(metaData.path("organisation").asText()).isEqualTo("MUNICIPALITY");
        assertThat(metaData.path("role").asText()).isEqualTo("REPORTER");
        assertThat(metaData.path("client").asText()).isEqualTo("api");
        assertThat(metaData.path("correlationId").asText()).isEqualTo("est-import-2025-05-20");
        assertThat(answer.headers().getFirst("X-Correlation-Id")).isEqualTo("est-import-2025-05-20");
    }

    @Test
    void aRequestWithoutACorrelationIdGetsOne() {
        Answer answer = api.post("polis", "/api/activities", """
                {"activityId":"patrol-1","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                 "occurredOn":"2025-05-20"}""");

        String correlationId = answer.headers().getFirst("X-Correlation-Id");
        assertThat(correlationId).isNotBlank();
        assertThat(events.of("patrol-1").get(0).metaData().path("correlationId").asText()).isEqualTo(correlationId);
    }
}
