package se.lofteskollen.command.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit records who authenticated, whatever the request says about itself: a body claiming another user
 * is refused, and headers claiming another user, organisation or role change nothing.
 */
@CommandServiceTest
class ForgedIdentityTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void aBodyClaimingAnotherUserIsRefusedAndStoresNothing() {
        long before = events.count();
        for (String claim : new String[]{"\"userId\":\"samordnare\"", "\"userName\":\"Samordnaren\"",
                "\"organisation\":\"MUNICIPALITY\"", "\"role\":\"COORDINATOR\"", "\"client\":\"seed\"",
                "\"metaData\":{\"userId\":\"samordnare\"}"}) {
            Answer answer = api.post("polis", "/api/activities", """
                    {"activityId":"forged-body","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                     "occurredOn":"2025-05-20",%s}""".formatted(claim));

            assertThat(answer.status()).as(claim).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.body().path("detail").asText()).contains("is not a known field");
        }
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void headersClaimingAnotherIdentityDoNotChangeTheRecordedUser() {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("X-User-Id", "samordnare");
        forged.put("X-Forwarded-User", "samordnare");
        forged.put("X-Remote-User", "samordnare");
        forged.put("Remote-User", "samordnare");
        forged.put("X-Auth-Request-User", "samordnare");
        forged.put("X-Organisation", "MUNICIPALITY");
        forged.put("X-Role", "COORDINATOR");
        forged.put("userId", "samordnare");

        Answer answer = api.post("polis", "/api/activities", """
                {"activityId":"forged-headers","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                 "occurredOn":"2025-05-20"}""", forged);

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        var metaData = events.of("forged-headers").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("polis");
        assertThat(metaData.path("userName").asText()).isEqualTo("Kommunpolisen");
        assertThat(metaData.path("organisation").asText()).isEqualTo("POLICE");
        assertThat(metaData.path("role").asText()).isEqualTo("REPORTER");
        assertThat(metaData.path("client").asText()).isEqualTo("api");
    }

    @Test
    void aForgedHeaderDoesNotLetAReporterActForAnotherOrganisation() {
        long before = events.count();

        Answer answer = api.post("polis", "/api/activities", """
                {"activityId":"forged-organisation","kind":"OTHER","commitmentIds":["vastervik-2025-7.1"],
                 "occurredOn":"2025-05-20"}""", Map.of("X-Organisation", "MUNICIPALITY", "X-Role", "COORDINATOR"));

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.text("field")).isEqualTo("commitmentIds[0]");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aCorrelationIdCannotSmuggleLinesOrFieldsIntoTheAudit() {
        Answer answer = api.post("polis", "/api/activities", """
                {"activityId":"forged-correlation","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],
                 "occurredOn":"2025-05-20"}""", Map.of("X-Correlation-Id", "x\",\"userId\":\"samordnare"));

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        var metaData = events.of("forged-correlation").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("polis");
        assertThat(metaData.path("correlationId").asText()).doesNotContain("samordnare");
    }
}
