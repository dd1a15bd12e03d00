package se.lofteskollen.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest extends QueryServiceTest {

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("audit-2025"));
    }

    JsonNode history(String code) throws Exception {
        return getJson(get("/api/commitments/{id}/history", promise.commitment(code)).with(httpBasic("ledning", "ledning")));
    }

    static JsonNode only(JsonNode entries, String change) {
        List<JsonNode> found = new ArrayList<>();
        entries.forEach(entry -> {
            if (entry.get("change").asText().equals(change)) {
                found.add(entry);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aRevisionShowsTheTargetsBeforeAndAfterWhoChangedThemAndWhy() throws Exception {
        JsonNode history = history("6.2");

        assertThat(history.get(0).get("change").asText()).isEqualTo("COMMITMENT_PLEDGED");
        JsonNode revision = only(history, "COMMITMENT_REVISED");
        assertThat(revision.get("at").asText()).isEqualTo("2025-07-10T09:00:00Z");
        assertThat(revision.get("by").get("userId").asText()).isEqualTo("samordnare");
        assertThat(revision.get("by").get("name").asText()).isEqualTo("Samordnaren");
        assertThat(revision.get("by").get("organisation").asText()).isEqualTo("MUNICIPALITY");
        assertThat(revision.get("by").get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(revision.get("reason").asText()).isEqualTo("resurser flyttade till sommarinsatsen");
        assertThat(revision.get("changedFields").toString()).isEqualTo("[\"targets\"]");
        assertThat(revision.get("before").get("targets").get(0).get("atLeast").asInt()).isEqualTo(100);
        assertThat(revision.get("after").get("targets").get(0).get("atLeast").asInt()).isEqualTo(80);
        assertThat(revision.get("after").get("targets").get(0).get("type").asText()).isEqualTo("COUNT");
        assertThat(revision.get("before").get("text")).isEqualTo(revision.get("after").get("text"));
    }

    @Test
    void reportsOnACommitmentAndTheirRetractionsAreInItsHistory() throws Exception {
        JsonNode history = history("6.2");
        int visits = 0;
        for (JsonNode entry : history) {
            if (entry.get("change").asText().equals("PLACE_VISIT_REPORTED")) {
                visits++;
            }
        }
        assertThat(visits).isEqualTo(40);
        JsonNode retraction = only(history, "REPORT_RETRACTED");
        assertThat(retraction.get("subjectId").asText()).isEqualTo(promise.retractedVisitId);
        assertThat(retraction.get("reason").asText()).isEqualTo("dubbelregistrerat");
        assertThat(retraction.get("before").get("counts").asBoolean()).isTrue();
        assertThat(retraction.get("after").get("counts").asBoolean()).isFalse();
        assertThat(retraction.get("by").get("userId").asText()).isEqualTo("polis");
    }

    @Test
    void aWithdrawalAndABaselineAreChangesWithBeforeAndAfter() throws Exception {
        JsonNode withdrawal = only(history("7.2"), "COMMITMENT_WITHDRAWN");
        assertThat(withdrawal.get("before").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(withdrawal.get("after").get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawal.get("reason").asText()).isEqualTo("ingår i 7.1 från augusti");

        JsonNode baseline = only(history("8.1"), "BASELINE_SET");
        assertThat(baseline.has("before")).isFalse();
        assertThat(baseline.get("after").get("value").asInt()).isEqualTo(12);
        assertThat(baseline.get("after").get("basis").asText()).isEqualTo("medborgardialoger 2024");
    }

    @Test
    void aMeetingIsInTheHistoryOfBothCommitmentsItServes() throws Exception {
        assertThat(history("1.1").findValuesAsText("change")).filteredOn("MEETING_RECORDED"::equals).hasSize(3);
        assertThat(history("5.2").findValuesAsText("change")).filteredOn("MEETING_RECORDED"::equals).hasSize(3);
    }

    @Test
    void aUsersChangesAcrossCommitmentsInAPeriod() throws Exception {
        JsonNode july = getJson(get("/api/audit").param("user", "samordnare").param("from", "2025-07-01")
                .param("to", "2025-08-01").with(httpBasic("ledning", "ledning")));

        List<String> changes = new ArrayList<>();
        july.get("changes").forEach(entry -> {
            if (entry.get("promiseId").asText().equals(promise.promiseId)) {
                changes.add(entry.get("change").asText() + " " + entry.get("commitmentIds").get(0).asText());
            }
        });
        assertThat(changes).containsExactly(
                "BASELINE_SET " + promise.commitment("8.1"),
                "COMMITMENT_REVISED " + promise.commitment("6.2"),
                "COMMITMENT_WITHDRAWN " + promise.commitment("7.2"));
    }

    @Test
    void withoutAUserEveryonesChangesAreListedAPageAtATime() throws Exception {
        JsonNode firstPage = getJson(get("/api/audit").param("from", "2025-07-05").param("to", "2025-07-10")
                .param("size", "1").with(httpBasic("ledning", "ledning")));
        assertThat(firstPage.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(firstPage.get("changes")).hasSize(1);
        JsonNode secondPage = getJson(get("/api/audit").param("from", "2025-07-05").param("to", "2025-07-10")
                .param("size", "1").param("page", "1").with(httpBasic("ledning", "ledning")));
        assertThat(secondPage.get("changes").get(0).get("eventId")).isNotEqualTo(firstPage.get("changes").get(0).get("eventId"));
    }

    @Test
    void anInstantBoundIsInclusive() throws Exception {
        JsonNode exactly = getJson(get("/api/audit").param("user", "polis").param("from", "2025-07-05T09:00:00Z")
                .param("to", "2025-07-05T09:00:00Z").with(httpBasic("ledning", "ledning")));
        assertThat(exactly.get("changes").findValuesAsText("change")).contains("REPORT_RETRACTED");
    }

    @Test
    void anUnknownCommitmentHasNoHistory() throws Exception {
        mvc.perform(get("/api/commitments/{id}/history", "nothing-here").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/audit").param("from", "last tuesday").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/audit").param("from", "2025-08-01").param("to", "2025-07-01").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/audit").param("size", "0").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }
}
