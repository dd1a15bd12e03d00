package se.lofteskollen.query.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 2023's signed promises side by side, open to anyone: Västervik (Polisregion Öst) with its place visits half done
 * and its Tistel meetings all held, Malmö (Polisregion Syd) with its place visits all done; Hultsfred's promise is
 * not signed, so it is not in the roll-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupTest extends QueryServiceTest {

    private static final int YEAR = 2023;

    String vastervik;
    String malmo;
    String hultsfred;

    @BeforeAll
    void threePromisesOf2023() {
        vastervik = promise("vastervik", "Västerviks kommun", "Polisregion Öst", "Kalmar län", true);
        malmo = promise("malmo", "Malmö stad", "Polisregion Syd", "Skåne län", true);
        hultsfred = promise("hultsfred", "Hultsfreds kommun", "Polisregion Öst", "Kalmar län", false);
        EventFeed feed = feed().by(EventFeed.POLIS);
        pledge(vastervik, "6.2", new Target.Count(Measure.placeVisits(), 10));
        pledge(vastervik, "1.1", new Target.Count(Measure.meetingsOf(Network.TISTEL), 2));
        pledge(vastervik, "6.3");
        pledge(malmo, "6.2", new Target.Count(Measure.placeVisits(), 4));
        pledge(hultsfred, "6.2", new Target.Count(Measure.placeVisits(), 5));
        visits(feed, vastervik, 5);
        visits(feed, malmo, 6);
        visits(feed, hultsfred, 5);
        for (int i = 0; i < 2; i++) {
            feed.publish(new MeetingRecorded(vastervik + "-tistel-" + i, vastervik, Network.TISTEL,
                    LocalDate.of(YEAR, 3 + i, 10), List.of(vastervik + "-1.1"), 8, null));
        }
        feed().awaitProjections();
    }

    @Test
    void theSignedPromisesOfTheYearAreGroupedByPoliceRegionThenMunicipality() throws Exception {
        JsonNode rollup = anonymous("/api/rollup?year=" + YEAR);

        assertThat(rollup.path("promises").asInt()).isEqualTo(2);
        assertThat(rollup.path("regions").findValuesAsText("policeRegion"))
                .containsExactly("Polisregion Syd", "Polisregion Öst");
        JsonNode ost = rollup.path("regions").get(1).path("promises").get(0);
        assertThat(ost.path("municipality").asText()).isEqualTo("Västerviks kommun");
        assertThat(ost.path("county").asText()).isEqualTo("Kalmar län");
        assertThat(ost.path("commitments").asInt()).isEqualTo(3);
        assertThat(ost.path("byTargetKind").path("COUNT").asInt()).isEqualTo(2);
        assertThat(ost.path("byTargetKind").path("ONGOING").asInt()).isEqualTo(1);
        assertThat(ost.path("counted").path("targets").asInt()).isEqualTo(2);
        assertThat(ost.path("counted").path("reached").asInt()).as("the Tistel meetings").isEqualTo(1);
        assertThat(ost.path("counted").path("promised").asInt()).isEqualTo(12);
        assertThat(ost.path("counted").path("done").asInt()).isEqualTo(7);
        assertThat(ost.path("counted").path("percent").asInt()).isEqualTo(58);
        JsonNode syd = rollup.path("regions").get(0).path("promises").get(0);
        assertThat(syd.path("counted").path("done").asInt()).as("six visits count as the four promised").isEqualTo(4);
        assertThat(syd.path("counted").path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void theRollUpCarriesNoNamesAndNoNotes() throws Exception {
        String rollup = anonymous("/api/rollup?year=" + YEAR).toString();

        assertThat(rollup).doesNotContain("Anna Andersson").doesNotContain("\"polis\"").doesNotContain("Kommunpolisen")
                .doesNotContain("Stora torget");
    }

    @Test
    void oneKindOfTargetIsComparedAcrossMunicipalities() throws Exception {
        JsonNode comparison = anonymous("/api/rollup/compare?year=" + YEAR + "&kind=PLACE_VISIT");

        assertThat(comparison.path("label").asText()).isEqualTo("Platsbesök");
        assertThat(comparison.path("lines").findValuesAsText("municipality"))
                .containsExactly("Malmö stad", "Västerviks kommun");
        assertThat(comparison.path("lines").get(1).path("promised").asInt()).isEqualTo(10);
        assertThat(comparison.path("lines").get(1).path("done").asInt()).isEqualTo(5);
        assertThat(comparison.path("lines").get(1).path("percent").asInt()).isEqualTo(50);
    }

    @Test
    void theRollUpDownloadsAsCsvForSwedishExcel() throws Exception {
        String csv = mvc.perform(get("/api/rollup.csv?year=" + YEAR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFPolisregion;Län;Kommun;Lokalpolisområde;Löfte;Titel;Undertecknat;Åtaganden");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("Polisregion Öst;Kalmar län;Västerviks kommun;").endsWith(";2;1;12;7;58");
    }

    @Test
    void thePageSortsByAColumnAndComparesAKindWithoutScript() throws Exception {
        String page = mvc.perform(get("/public/rollup?year=" + YEAR + "&sort=procent&kind=PLACE_VISIT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Medborgarlöften 2023 i hela landet").contains("2 undertecknade löften");
        assertThat(page.indexOf("Malmö stad")).as("100 % before 58 %").isLessThan(page.indexOf("Västerviks kommun"));
        assertThat(page).contains("58 % (1 av 2 nådda)").contains("Platsbesök: utlovat och gjort hittills")
                .doesNotContain("Hultsfreds kommun").doesNotContain("<script");
    }

    @Test
    void thePageInEnglishOnRequestWhileTheApiAndItsCsvStaySwedish() throws Exception {
        String page = mvc.perform(get("/public/rollup?year=" + YEAR + "&kind=PLACE_VISIT").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<html lang=\"en\"")
                .contains("<h1>Citizens&#39; promises (medborgarlöften) 2023 across the country</h1>")
                .contains("58 % (1 of 2 reached)").contains("Place visits: promised and done so far")
                .doesNotContain("??").doesNotContain("utlovat och gjort");
        String comparison = mvc.perform(get("/api/rollup/compare?year=" + YEAR + "&kind=PLACE_VISIT")
                        .header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(comparison).contains("\"label\":\"Platsbesök\"");
        String csv = mvc.perform(get("/api/rollup.csv?year=" + YEAR).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(";Enligt plan;");
    }

    @Test
    void aKindThatIsNoMeasureIsRefusedNamingTheField() throws Exception {
        assertThat(problemField("/api/rollup/compare?year=" + YEAR + "&kind=DROP TABLE")).isEqualTo("kind");
        assertThat(problemField("/api/rollup?year=1850")).isEqualTo("year");
    }

    private String problemField(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).path("field").asText();
    }

    private JsonNode anonymous(String path) throws Exception {
        return getJson(get(path));
    }

    private String promise(String name, String municipality, String region, String county, boolean signed) {
        String promiseId = id(name + "-" + YEAR);
        feed().publish(new PromiseCreated(promiseId, YEAR, "Medborgarlöfte " + municipality + " " + YEAR,
                "Lokalpolisområde " + name, municipality, List.of(new PriorityArea("1", "Gäng"),
                new PriorityArea("6", "Platser")), List.of(new PromiseParty("POLICE", "Polisen", "POLICE"),
                new PromiseParty("MUNICIPALITY", municipality, "MUNICIPALITY")), region, county, null));
        if (signed) {
            feed().publish(new PromiseSigned(promiseId, LocalDate.of(YEAR, 1, 20), List.of(
                    new Signatory("Anna Andersson", "Lokalpolisområdeschef", Party.POLICE))));
        }
        return promiseId;
    }

    private void pledge(String promiseId, String code, Target... targets) {
        feed().by(EventFeed.SAMORDNARE).publish(new CommitmentPledged(promiseId + "-" + code, promiseId, code,
                code.substring(0, 1), Set.of("POLICE"), "Åtagande " + code, List.of(targets), null));
    }

    private static void visits(EventFeed feed, String promiseId, int count) {
        for (int i = 0; i < count; i++) {
            feed.publish(new PlaceVisitReported(promiseId + "-visit-" + i, promiseId, promiseId + "-6.2",
                    new Place("Stora torget", "Centrum", null, null), LocalDate.of(YEAR, 4, 1 + i), null, "Synlig närvaro"));
        }
    }
}
