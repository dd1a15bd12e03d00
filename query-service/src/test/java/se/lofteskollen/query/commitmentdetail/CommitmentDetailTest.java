package se.lofteskollen.query.commitmentdetail;

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
class CommitmentDetailTest extends QueryServiceTest {

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("detail-2025"));
    }

    JsonNode detail(String code, String... parameters) throws Exception {
        var request = get("/api/commitments/{id}", promise.commitment(code)).with(httpBasic("ledning", "ledning"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return getJson(request);
    }

    @Test
    void showsTheRevisedTargetsProgressAndEveryReportWithTheRetractedOneMarked() throws Exception {
        JsonNode visits = detail("6.2", "asOf", "2025-06-30");

        assertThat(visits.get("code").asText()).isEqualTo("6.2");
        assertThat(visits.get("promiseId").asText()).isEqualTo(promise.promiseId);
        assertThat(visits.get("responsible").toString()).isEqualTo("[\"POLICE\"]");
        assertThat(visits.get("targets").get(0).get("type").asText()).isEqualTo("COUNT");
        assertThat(visits.get("targets").get(0).get("atLeast").asInt()).isEqualTo(80);
        assertThat(visits.get("revisedAt").asText()).isEqualTo("2025-07-10T09:00:00Z");
        assertThat(visits.get("progress").get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(visits.get("reports")).hasSize(40);

        List<JsonNode> retracted = new ArrayList<>();
        visits.get("reports").forEach(report -> {
            if (report.has("retracted")) {
                retracted.add(report);
            }
        });
        assertThat(retracted).hasSize(1);
        JsonNode visit = retracted.get(0);
        assertThat(visit.get("id").asText()).isEqualTo(promise.retractedVisitId);
        assertThat(visit.get("type").asText()).isEqualTo("PLACE_VISIT");
        assertThat(visit.get("occurredOn").asText()).isEqualTo("2025-02-15");
        assertThat(visit.get("place").get("name").asText()).isEqualTo("Resecentrum");
        assertThat(visit.get("reportedBy").get("userId").asText()).isEqualTo("polis");
        assertThat(visit.get("retracted").get("reason").asText()).isEqualTo("dubbelregistrerat");
        assertThat(visit.get("retracted").get("at").asText()).isEqualTo("2025-07-05T09:00:00Z");
        assertThat(visit.get("retracted").get("by").get("organisation").asText()).isEqualTo("POLICE");
    }

    @Test
    void beforeTheCorrectionsItShowsWhatWasKnownThen() throws Exception {
        JsonNode then = detail("6.2", "asOf", "2025-06-30", "knownAt", MiniPromise.ON_30_JUNE);

        assertThat(then.get("targets").get(0).get("atLeast").asInt()).isEqualTo(100);
        assertThat(then.has("revisedAt")).isFalse();
        assertThat(then.get("progress").get("status").asText()).isEqualTo("AT_RISK");
        then.get("reports").forEach(report -> assertThat(report.has("retracted")).isFalse());
    }

    @Test
    void listsMilestonesAndNotesBesideTheReports() throws Exception {
        JsonNode est = detail("6.1", "asOf", "2025-12-31");
        List<String> types = new ArrayList<>();
        est.get("reports").forEach(report -> types.add(report.get("type").asText()));
        assertThat(types).contains("ACTIVITY", "STATUS_NOTE").hasSize(27);

        JsonNode preStudy = detail("5.1");
        assertThat(preStudy.get("reports").get(0).get("type").asText()).isEqualTo("MILESTONE");
        assertThat(preStudy.get("reports").get(0).get("milestone").asText()).isEqualTo("pre-study on welfare crime done");
        assertThat(preStudy.get("progress").get("targets").get(0).get("reachedOn").asText()).isEqualTo("2025-06-15");
    }

    @Test
    void aWithdrawnCommitmentCarriesItsReason() throws Exception {
        JsonNode withdrawn = detail("7.2");
        assertThat(withdrawn.get("withdrawn").get("reason").asText()).isEqualTo("ingår i 7.1 från augusti");
        assertThat(withdrawn.get("progress").get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(detail("7.2", "knownAt", "2025-07-31T00:00:00Z").has("withdrawn")).isFalse();
    }

    @Test
    void aMeetingIsListedUnderEveryCommitmentItServes() throws Exception {
        assertThat(detail("1.1").get("reports")).hasSize(3);
        assertThat(detail("5.2").get("reports")).hasSize(3);
        assertThat(detail("8.1").get("baseline").get("value").asInt()).isEqualTo(12);
    }

    @Test
    void anUnknownCommitmentIsNotFound() throws Exception {
        mvc.perform(get("/api/commitments/{id}", "no-such-commitment").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("no commitment no-such-commitment"));
    }

    @Test
    void aCommitmentIsNotFoundAtAKnownAtBeforeItWasPledged() throws Exception {
        mvc.perform(get("/api/commitments/{id}", promise.commitment("6.2")).param("knownAt", "2025-01-01T00:00:00Z")
                        .with(httpBasic("ledning", "ledning")))
                .andExpect(status().isNotFound());
    }
}
