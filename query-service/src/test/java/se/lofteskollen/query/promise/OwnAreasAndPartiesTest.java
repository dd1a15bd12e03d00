package se.lofteskollen.query.promise;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A promise that is not Västervik's: Hultsfred's own priority areas (A "Trygg skolväg", B "Ordning i centrum") and a
 * third party besides the police and the municipality, the region. Every reader names them as the promise does: the
 * API, the dashboard, a commitment's page, the public page and the follow-up report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnAreasAndPartiesTest extends QueryServiceTest {

    @Autowired
    UserDetailsService users;

    String promiseId;

    @BeforeAll
    void feedHultsfredsPromise() {
        promiseId = id("hultsfred-2025");
        feed().at("2025-01-05T08:00:00Z");
        feed().publish(new PromiseCreated(promiseId, 2025, "Medborgarlöfte Hultsfred 2025", "Lokalpolisområde Vimmerby",
                "Hultsfreds kommun",
                // the document's order, which is not the codes' order
                List.of(new PriorityArea("B", "Ordning i centrum"), new PriorityArea("A", "Trygg skolväg")),
                List.of(new PromiseParty("POLICE", "Lokalpolisområde Vimmerby", "POLICE"),
                        new PromiseParty("MUNICIPALITY", "Hultsfreds kommun", "MUNICIPALITY"),
                        new PromiseParty("REGION", "Region Kalmar län", "REGION")),
                "Polisregion Öst", "Kalmar län", null));
        feed().publish(new CommitmentPledged(commitment("A.1"), promiseId, "A.1", "A", Set.of("POLICE", "REGION"),
                "Vuxna vid skolvägen varje morgon", List.of(new Target.Count(Measure.placeVisits(), 20)), null));
        feed().publish(new CommitmentPledged(commitment("B.1"), promiseId, "B.1", "B", Set.of("MUNICIPALITY"),
                "Belysning i centrum", List.of(), null));
        feed().publish(new CommitmentRevised(commitment("B.1"), promiseId, "Belysning i centrum",
                Set.of("MUNICIPALITY", "REGION"), List.of(), "regionen bidrar"));
        feed().awaitProjections();
    }

    String commitment(String code) {
        return promiseId + "-" + code;
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("ledning")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePromiseIsReturnedWithItsAreasPartiesRegionAndCounty() throws Exception {
        JsonNode promise = getJson(get("/api/promises/{id}", promiseId).with(httpBasic("ledning", "ledning")));

        assertThat(promise.get("priorityAreas").toString()).isEqualTo(
                "[{\"code\":\"B\",\"name\":\"Ordning i centrum\"},{\"code\":\"A\",\"name\":\"Trygg skolväg\"}]");
        assertThat(promise.get("parties").get(2).toString())
                .isEqualTo("{\"code\":\"REGION\",\"name\":\"Region Kalmar län\",\"organisation\":\"REGION\"}");
        assertThat(promise.get("policeRegion").asText()).isEqualTo("Polisregion Öst");
        assertThat(promise.get("county").asText()).isEqualTo("Kalmar län");

        JsonNode listed = getJson(get("/api/promises").with(httpBasic("ledning", "ledning")));
        List<JsonNode> hultsfred = new ArrayList<>();
        listed.forEach(each -> {
            if (each.get("promiseId").asText().equals(promiseId)) {
                hultsfred.add(each);
            }
        });
        assertThat(hultsfred).singleElement().satisfies(each -> assertThat(each.get("parties")).hasSize(3));
    }

    @Test
    void progressGroupsByThePromisesAreasInItsOrderAndNamesItsParties() throws Exception {
        JsonNode progress = getJson(get("/api/promises/{id}/progress", promiseId).with(httpBasic("ledning", "ledning")));

        List<String> areas = new ArrayList<>();
        progress.get("areas").forEach(area -> areas.add(area.get("priorityArea").asText() + " " + area.get("name").asText()));
        assertThat(areas).containsExactly("B Ordning i centrum", "A Trygg skolväg");
        JsonNode schoolRoad = progress.get("areas").get(1).get("commitments").get(0);
        assertThat(schoolRoad.get("priorityArea").asText()).isEqualTo("A");
        assertThat(schoolRoad.get("responsible").toString()).contains("\"POLICE\"", "\"REGION\"");
        assertThat(progress.get("parties").toString()).contains("{\"code\":\"REGION\",\"name\":\"Region Kalmar län\",\"organisation\":\"REGION\"}");
        int answeredByTheRegion = 0;
        for (JsonNode count : progress.get("summary").get("byResponsible").get("REGION")) {
            answeredByTheRegion += count.asInt();
        }
        assertThat(answeredByTheRegion).as("A.1, and B.1 since its revision").isEqualTo(2);
        List<String> summarisedAreas = new ArrayList<>();
        progress.get("summary").get("byPriorityArea").fieldNames().forEachRemaining(summarisedAreas::add);
        assertThat(summarisedAreas).containsExactly("B", "A");
    }

    @Test
    void aCommitmentNamesItsAreaAndResponsiblePartiesAsThePromiseDoes() throws Exception {
        JsonNode detail = getJson(get("/api/commitments/{id}", commitment("A.1")).with(httpBasic("ledning", "ledning")));

        assertThat(detail.get("priorityArea").asText()).isEqualTo("A");
        assertThat(detail.get("priorityAreaName").asText()).isEqualTo("Trygg skolväg");
        assertThat(detail.get("responsibleParties").toString()).isEqualTo(
                "[{\"code\":\"POLICE\",\"name\":\"Lokalpolisområde Vimmerby\",\"organisation\":\"POLICE\"},"
                        + "{\"code\":\"REGION\",\"name\":\"Region Kalmar län\",\"organisation\":\"REGION\"}]");
    }

    @Test
    void theDashboardAndACommitmentsPageShowTheAreasAndPartiesByName() throws Exception {
        String dashboard = page("/dashboard/" + promiseId);
        assertThat(dashboard).contains("B. Ordning i centrum", "A. Trygg skolväg",
                "Lokalpolisområde Vimmerby och Region Kalmar län");
        assertThat(dashboard.indexOf("B. Ordning i centrum")).isLessThan(dashboard.indexOf("A. Trygg skolväg"));

        String revised = page("/dashboard/commitments/" + commitment("B.1"));
        assertThat(revised).contains("B. Ordning i centrum", "Hultsfreds kommun och Region Kalmar län",
                "Ansvar: Hultsfreds kommun → Hultsfreds kommun och Region Kalmar län");
    }

    @Test
    void thePublicPageSaysWhoPromisedAndWhoAnswersForEachCommitment() throws Exception {
        String html = mvc.perform(get("/public/promises/{id}", promiseId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains(
                "Ett gemensamt löfte från Lokalpolisområde Vimmerby, Hultsfreds kommun och Region Kalmar län för 2025.",
                "A. Trygg skolväg", "Lokalpolisområde Vimmerby och Region Kalmar län");
    }

    @Test
    void theFollowUpReportNamesTheAreasAndParties() throws Exception {
        String csv = mvc.perform(get("/api/promises/{id}/report.csv", promiseId).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("A;Trygg skolväg;A.1;Lokalpolisområde Vimmerby och Region Kalmar län;")
                .contains("B;Ordning i centrum;B.1;Hultsfreds kommun och Region Kalmar län;");
        String html = mvc.perform(get("/api/promises/{id}/report", promiseId).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Lokalpolisområde Vimmerby, Hultsfreds kommun och Region Kalmar län",
                "A. Trygg skolväg", "Vuxna vid skolvägen varje morgon");
    }
}
