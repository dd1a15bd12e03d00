package se.lofteskollen.query.ourreports;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mina rapporter": the police's 51 place visits at the Mina torget of this test, newest first, fifty a page; the
 * municipality's visit there is not the police's; one police visit is retracted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OurReportsPageTest extends QueryServiceTest {

    @Autowired
    UserDetailsService users;

    String place;
    String promiseId;

    @BeforeAll
    void visits() {
        MiniPromise promise = new MiniPromise(feed(), id("our-reports-2025"));
        promiseId = promise.promiseId;
        place = "Minatorget " + promiseId;
        EventFeed police = feed().by(EventFeed.POLIS);
        for (int day = 1; day <= 51; day++) {
            police.publish(new PlaceVisitReported(promiseId + "-police-" + day, promiseId, promiseId + "-6.2",
                    new Place(place, "Centrum", null, null), LocalDate.of(2025, 1, 1).plusDays(day), null, "Synlig närvaro"));
        }
        feed().by(EventFeed.KOMMUN).publish(new PlaceVisitReported(promiseId + "-kommun-1", promiseId, promiseId + "-6.2",
                new Place(place + " kommunens", "Centrum", null, null), LocalDate.of(2025, 3, 1), null, "Trygghetsvandring"));
        feed().by(EventFeed.POLIS).publish(new ReportRetracted(promiseId + "-police-51", promiseId, "Fel plats"));
        feed().awaitProjections();
    }

    private String page(String user, String search, String... pageNumber) throws Exception {
        var request = get("/dashboard/rapporter").with(user(users.loadUserByUsername(user)));
        if (search != null) {
            request.param("sok", search);
        }
        if (pageNumber.length > 0) {
            request.param("sida", pageNumber[0]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aReporterSeesTheirOrganisationsReportsNewestFirstFiftyAPage() throws Exception {
        String first = page("polis", place);

        assertThat(first).contains("Mina rapporter").contains("Sida 1").contains("Äldre →")
                .doesNotContain("kommunens");
        assertThat(first.indexOf("data-report=\"" + promiseId + "-police-51\""))
                .as("the newest first").isLessThan(first.indexOf("data-report=\"" + promiseId + "-police-50\""));
        assertThat(first).doesNotContain("data-report=\"" + promiseId + "-police-1\"");
        String second = page("polis", place, "2");
        assertThat(second).contains("data-report=\"" + promiseId + "-police-1\"").contains("← Nyare")
                .doesNotContain("Äldre →");
    }

    @Test
    void eachReportLeadsToItsRetractionAndARetractedOneSaysWhoAndWhy() throws Exception {
        String first = page("polis", place);

        assertThat(first).contains("href=\"http://command.example/report/reports/" + promiseId + "-police-50/retract\"")
                .contains("Återkallad av Kommunpolisen: Fel plats")
                .doesNotContain("http://command.example/report/reports/" + promiseId + "-police-51/retract")
                .contains("href=\"/dashboard/commitments/" + promiseId + "-6.2\"");
    }

    @Test
    void theMunicipalitySeesItsOwnAndASearchThatFindsNothingSaysSo() throws Exception {
        assertThat(page("kommun", place)).contains(promiseId + "-kommun-1")
                .doesNotContain(promiseId + "-police-");
        assertThat(page("kommun", "ingenstans-" + promiseId)).contains("Inga rapporter matchar");
    }

    @Test
    void theNationalReaderBelongsToNoReportingOrganisationAndStrangersAreSentToSignIn() throws Exception {
        assertThat(page("nationell", null)).contains("Du hör inte till någon organisation som rapporterar");
        mvc.perform(get("/dashboard/rapporter")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"));
    }
}
