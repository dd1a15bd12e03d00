package se.lofteskollen.query.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard pages: behind the login, on any date and knowledge, with each commitment's reports and history. */
class DashboardPageTest extends QueryServiceTest {

    @Autowired
    UserDetailsService users;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("ledning")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardIsForSignedInUsersOnly() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("closed-door-2025"));

        mvc.perform(get("/dashboard/{id}", promise.promiseId)).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"));
        // HTTP Basic is the API's; the pages keep to their session.
        mvc.perform(get("/dashboard/{id}", promise.promiseId).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isFound());
    }

    @Test
    void countedTargetsHaveABarBesideTheirFiguresAndTheReportIsLinkedAsASpreadsheet() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("bars-2025"));

        String page = page("/dashboard/" + promise.promiseId + "?asOf=2025-06-30");

        assertThat(page).as("Tistel's four meetings, two held by June").contains("<progress aria-hidden=\"true\" value=\"2\" max=\"4\"></progress>")
                .contains("/dashboard/" + promise.promiseId + "/uppfoljning.csv?asOf=2025-06-30");
        String csv = mvc.perform(get("/dashboard/{id}/uppfoljning.csv", promise.promiseId)
                        .with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFOmråde;Områdesnamn;Löfte");
    }

    @Test
    void theCommitmentsAreNarrowedByPartyAreaAndStatusWithoutScript() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("narrowed-2025"));
        String base = "/dashboard/" + promise.promiseId + "?asOf=2025-06-30";

        String municipality = page(base + "&part=MUNICIPALITY");
        assertThat(municipality).contains("data-code=\"6.1\"").contains("data-code=\"1.1\"")
                .doesNotContain("data-code=\"6.2\"").contains("<option value=\"MUNICIPALITY\" selected=\"selected\"");
        String areaSix = page(base + "&omrade=6");
        assertThat(areaSix).contains("data-code=\"6.1\"").contains("data-code=\"6.2\"").doesNotContain("data-code=\"1.1\"")
                .contains("2 löften visas av");
        assertThat(page(base + "&omrade=6&part=POLICE")).contains("data-code=\"6.2\"").doesNotContain("data-code=\"6.1\"");
        assertThat(page(base + "&status=NO_SUCH")).doesNotContain("data-code=").contains("0 löften visas av");
    }

    @Test
    void toDoListsMilestonesDueSoonOrOverdueAndRhythmsAndCountsBehindLinkedToTheirCommitments() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("to-do-2025"));

        String june = page("/dashboard/" + promise.promiseId + "?asOf=2025-06-10");
        assertThat(june).contains("Att göra")
                .contains("police reports importable ska vara klart senast 30 juni 2025 (om 20 dagar)")
                .contains("/dashboard/commitments/" + promise.commitment("6.1") + "?asOf=2025-06-10");
        String july = page("/dashboard/" + promise.promiseId + "?asOf=2025-07-15");
        assertThat(july).contains("Försenat: police reports importable skulle ha varit klart 30 juni 2025")
                .contains("Lägesbilder 26 av 29 veckor: 2 veckor saknas")
                .doesNotContain("pre-study on welfare crime done ska");
    }

    @Test
    void eachThingToDoLinksToTheCommandServicesFormThatDoesIt() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("to-do-forms-2025"));

        String july = page("/dashboard/" + promise.promiseId + "?asOf=2025-07-15");
        assertThat(july).as("a deadline: its milestone form")
                .contains("href=\"http://command.example/report/coordinate/commitments/" + promise.commitment("6.1")
                        + "/milestone\">Markera delmålet som nått</a>")
                .as("a rhythm without its reports: the report form on the commitment and the kind it counts")
                .contains("href=\"http://command.example/report?lofte=" + promise.commitment("6.1")
                        + "&amp;typ=ACTIVITY\">Rapportera</a>");
    }

    @Test
    void theDashboardAndACommitmentsPageInEnglishOnRequest() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("english-2025"));

        String dashboard = english("/dashboard/" + promise.promiseId + "?asOf=2025-07-15");
        assertThat(dashboard).contains("<html lang=\"en\"").contains("<h1>Overview: ").contains(">To do</h2>")
                .contains("Overdue: police reports importable was to be done by 30 June 2025")
                .contains("Situation pictures: 26 of 29 weeks: 2 weeks missing")
                .contains(">Mark the milestone as reached</a>").contains("At least 80 place visits during the year")
                .doesNotContain("??").doesNotContain("Läge per").doesNotContain("Att göra");
        String commitment = english("/dashboard/commitments/" + promise.commitment("6.2") + "?asOf=2025-07-15");
        assertThat(commitment).contains("<html lang=\"en\"").contains("<h1>Commitment 6.2</h1>")
                .contains("The commitment was changed").contains("Targets: At least 100 place visits during the year")
                .contains("Retracted 2025-07-05 11:00 by").contains(">Change history</h2>")
                .doesNotContain("??").doesNotContain("Ändringshistorik");
        String pictures = english("/dashboard/commitments/" + promise.commitment("6.1") + "?asOf=2025-06-30");
        assertThat(pictures).contains("<title>Week 1 (1 Jan–5 Jan): reported</title>")
                .contains("Situation pictures week by week").doesNotContain("??");
        assertThat(english("/dashboard/" + promise.promiseId + "?asOf=30/6"))
                .contains("The date “30/6” could not be read (write YYYY-MM-DD); today&#39;s position is shown.");
        assertThat(english("/dashboard/" + promise.promiseId + "/platser?from=2025-01-01&to=2025-03-31"))
                .contains("<h1>Place visits by place and area</h1>").contains("1 January 2025 – 31 March 2025")
                .doesNotContain("??");
    }

    private String english(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOngoingCommitmentShowsWhatWasDoneThisYearAndWhenItWasLastReported() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("ongoing-2025"));

        assertThat(page("/dashboard/" + promise.promiseId + "?asOf=2025-06-30"))
                .contains("Löpande arbete: 3 orossamtal, senast rapporterat 20 maj 2025");
        assertThat(page("/dashboard/" + promise.promiseId + "?asOf=2025-05-19"))
                .as("not yet on the day before").doesNotContain("3 orossamtal");
    }

    @Test
    void onThirtiethOfJuneAsKnownThenTheRetractionAndRevisionHadNotHappened() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("june-2025"));

        String june = page("/dashboard/" + promise.promiseId + "?asOf=2025-06-30&knownAt=2025-07-01T01:59");

        assertThat(june).contains("Läge per <strong>30 juni 2025</strong>")
                .contains("dag <span>181</span> av <span>365</span>")
                .contains("2025-07-01 01:59")
                // all 40 visits (the retraction came on 5 July), against 100 (the revision came on 10 July)
                .contains("40 av 100 platsbesök").contains("49 väntade hittills");
        String later = page("/dashboard/" + promise.promiseId + "?asOf=2025-06-30");
        assertThat(later).contains("39 av 80 platsbesök");
    }

    @Test
    void aDateThatCannotBeReadIsSaidAndTodaysFiguresShown() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("garbled-2025"));

        assertThat(page("/dashboard/" + promise.promiseId + "?asOf=30/6"))
                .contains("Datumet ”30/6” gick inte att läsa");
    }

    @Test
    void aCommitmentsPageShowsItsReportsAuthorsRetractionAndHistory() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("history-2025"));

        String html = page("/dashboard/commitments/" + promise.commitment("6.2"));

        assertThat(html).contains("Löfte 6.2")
                .as("an organisation by the name of the party it acts as in the promise")
                .contains("Kommunpolisen (Lokalpolisområde Västervik)")
                .contains("Återkallad 2025-07-05 11:00 av Kommunpolisen (Lokalpolisområde Västervik): dubbelregistrerat")
                .contains("Löftet ändrades")
                .contains("Mål: Minst 100 platsbesök under året → Minst 80 platsbesök under året")
                .contains("resurser flyttade till sommarinsatsen")
                .contains("Samordnaren (Västerviks kommun, samordnare)");
    }

    @Test
    void anUnknownCommitmentIsASwedishNotFoundPage() throws Exception {
        String html = mvc.perform(get("/dashboard/commitments/{id}", id("nothing")).with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Sidan finns inte");
    }

    @Test
    void aCountedTargetIsDrawnAgainstItsPaceAndARhythmAsAStripOfWeeksEachWithTheFiguresInWords() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("charts-2025"));

        String visits = page("/dashboard/commitments/" + promise.promiseId + "-6.2?asOf=2025-06-30");
        assertThat(visits).contains("<svg").contains("class=\"pace\"").contains("Minst 80 platsbesök under året")
                .contains("39 platsbesök till och med 30 juni 2025, mot 39 vid jämn takt till 80 på ett år.")
                .contains("<polyline class=\"done\" points=\"44,172 ");
        String pictures = page("/dashboard/commitments/" + promise.promiseId + "-6.1?asOf=2025-06-30");
        assertThat(pictures).contains("class=\"strip\"").contains("<title>Vecka 1 (1 jan–5 jan): rapporterad</title>")
                .contains("<title>Vecka 27 (30 juni–6 juli): pågår, ingen rapport ännu</title>")
                .contains("26 veckor med rapport hittills; 0 av de 26 veckor som har gått saknar rapport.");
    }

    @Test
    void thePlacesPageCountsVisitsPerPlaceAndAreaWithBarsAndKeepsToThePromisesReaders() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("places-2025"));

        String places = page("/dashboard/" + promise.promiseId + "/platser?from=2025-01-01&to=2025-03-31");
        assertThat(places).contains("Platsbesök per plats och område").contains("<progress aria-hidden=\"true\"")
                .contains("1 januari 2025 – 31 mars 2025");
        assertThat(page("/dashboard/" + promise.promiseId + "/platser?from=inte-ett-datum"))
                .contains("gick inte att läsa");
        assertThat(page("/dashboard/" + promise.promiseId)).contains("/dashboard/" + promise.promiseId + "/platser");
        mvc.perform(get("/dashboard/{id}/platser", promise.promiseId).with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isForbidden());
    }
}
