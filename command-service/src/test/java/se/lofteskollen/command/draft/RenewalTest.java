package se.lofteskollen.command.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Förnya": a coordinator drafts next year's promise from this year's, sends the draft as it is, and the new promise
 * and its commitments name what they renew and carry on.
 */
@CommandServiceTest
class RenewalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private String promiseId;

    @BeforeEach
    void aPromiseOf2025WithACountADeadlineARevisionAndAWithdrawal() {
        promiseId = "renew-" + UUID.randomUUID();
        created(api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte 2025 i Västervik","policeArea":"LPO Västervik",
                 "municipality":"Västerviks kommun","policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":[{"code":"1","name":"Gäng"},{"code":"6","name":"Platser"}]}""".formatted(promiseId)));
        pledge("6.2", "6", "[\"POLICE\"]", "Polisen gör minst 100 platsbesök under 2025.", """
                [{"type":"COUNT","measure":{"report":"PLACE_VISIT"},"atLeast":100}]""");
        pledge("1.10", "1", "[\"POLICE\",\"MUNICIPALITY\"]", "En förstudie under våren.", """
                [{"type":"DEADLINE","milestone":"förstudie klar","dueOn":"2025-06-30"}]""");
        pledge("1.2", "1", "[\"MUNICIPALITY\"]", "Ett åtagande som utgår.", "[]");
        created(api.put("samordnare", "/api/commitments/" + promiseId + "-6.2", """
                {"targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT"},"atLeast":80}],"reason":"Färre resurser"}"""));
        created(api.post("samordnare", "/api/commitments/" + promiseId + "-1.2/withdrawal", """
                {"reason":"Utgår"}"""));
    }

    @Test
    void theRenewalDraftIsNextYearsPromiseWithEveryCommitmentInForceAsLastRevisedAndLinked() throws Exception {
        JsonNode draft = renewalDraft("samordnare").body();

        JsonNode promise = draft.path("promise");
        assertThat(promise.path("year").asInt()).isEqualTo(2026);
        assertThat(promise.path("title").asText()).isEqualTo("Medborgarlöfte 2026 i Västervik");
        assertThat(promise.path("predecessorId").asText()).isEqualTo(promiseId);
        assertThat(promise.path("county").asText()).isEqualTo("Kalmar län");
        assertThat(promise.path("parties").findValuesAsText("organisation")).containsExactly("POLICE", "MUNICIPALITY");
        assertThat(draft.path("commitments").findValuesAsText("code")).as("in the document's order, none withdrawn")
                .containsExactly("1.10", "6.2");
        JsonNode visits = draft.path("commitments").get(1);
        assertThat(visits.path("text").asText()).isEqualTo("Polisen gör minst 100 platsbesök under 2026.");
        assertThat(visits.path("targets").get(0).path("atLeast").asInt()).as("as last revised").isEqualTo(80);
        assertThat(visits.path("predecessorId").asText()).isEqualTo(promiseId + "-6.2");
        assertThat(draft.path("commitments").get(0).path("targets").get(0).path("dueOn").asText()).isEqualTo("2026-06-30");
        assertThat(draft.path("notes").toString()).contains("1.2").contains("withdrawn in 2025");
    }

    @Test
    void theDraftSentAsItIsCreatesTheRenewalAndItsCommitmentsLinkedToLastYears() throws Exception {
        JsonNode draft = renewalDraft("samordnare").body();
        String next = promiseId + "-next";

        ObjectNode promise = ((ObjectNode) draft.path("promise").deepCopy()).put("promiseId", next);
        created(api.post("samordnare", "/api/promises", JSON.writeValueAsString(promise)));
        for (JsonNode commitment : draft.path("commitments")) {
            created(api.post("samordnare", "/api/promises/" + next + "/commitments", JSON.writeValueAsString(commitment)));
        }

        assertThat(jdbc.queryForObject("SELECT predecessor_id FROM promise_lookup WHERE promise_id = ?", String.class, next))
                .isEqualTo(promiseId);
        assertThat(jdbc.queryForMap("SELECT predecessor_id FROM commitment_lookup WHERE promise_id = ? AND code = '6.2'", next))
                .containsEntry("predecessor_id", promiseId + "-6.2");
        Answer again = renewalDraft("samordnare");
        assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.body().path("detail").asText()).contains("already renewed as " + next);
        Answer secondRenewal = api.post("samordnare", "/api/promises", JSON.writeValueAsString(
                ((ObjectNode) draft.path("promise").deepCopy()).put("promiseId", promiseId + "-other")));
        assertThat(secondRenewal.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(secondRenewal.text("field")).isEqualTo("predecessorId");
    }

    @Test
    void onlyThePromisesOwnCoordinatorsDraftItsRenewal() {
        assertThat(renewalDraft("hultsfred").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(renewalDraft("polis").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(renewalDraft("ledning").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.send("samordnare", HttpMethod.GET, "/api/promises/no-such-promise/renewal-draft", null, Map.of())
                .status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Answer renewalDraft(String user) {
        return api.send(user, HttpMethod.GET, "/api/promises/" + promiseId + "/renewal-draft", null, Map.of());
    }

    private void pledge(String code, String area, String responsible, String text, String targets) {
        created(api.post("samordnare", "/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-%s","code":"%s","priorityArea":"%s","responsible":%s,"text":"%s","targets":%s}"""
                .formatted(promiseId, code, code, area, responsible, text, targets)));
    }

    private static void created(Answer answer) {
        assertThat(answer.status().is2xxSuccessful()).as("%s %s", answer.status(), answer.body()).isTrue();
    }
}
