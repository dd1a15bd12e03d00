package se.lofteskollen.command.draft.page;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.HtmlForm;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's page for a promise drafted from its published text: the draft shown to correct, and only
 * "Skapa löftet" creating the promise and its commitments, through the ordinary commands.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class DraftPageTest {

    private static final String PAGE = "/report/promises/draft";
    private static final String CONFIRM = PAGE + "/confirm";

    static String vastervik;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    @BeforeAll
    static void readTheText() throws IOException {
        try (InputStream text = DraftPageTest.class.getResourceAsStream("/draft/medborgarlofte-2025-vastervik.md")) {
            vastervik = new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCoordinatorPastesVastervikAndSeesItsTwentyFourCommitmentsToCorrectWithNothingStored() throws Exception {
        long before = events.count();

        String page = mvc.perform(post(PAGE).param("text", vastervik).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Åtaganden (24)")))
                .andExpect(content().string(containsString("Polisregion och län står inte i texten")))
                .andExpect(content().string(containsString("Läst ur orden:\n")))
                .andExpect(content().string(containsString("<q>minst hundra platsbesök på ett år</q>")))
                .andExpect(content().string(containsString("Minst 100 platsbesök under året")))
                .andExpect(content().string(containsString("Text <span class=\"public\">Visas på den offentliga sidan</span>")))
                .andReturn().getResponse().getContentAsString();

        HtmlForm form = HtmlForm.of(page, CONFIRM);
        assertThat(form.value("title")).isEqualTo("Medborgarlöfte 2025 — Lokalpolisområde Västervik och Västerviks kommun");
        assertThat(form.value("year")).isEqualTo("2025");
        assertThat(form.value("commitments[18].code")).isEqualTo("6.2");
        assertThat(form.value("commitments[18].targets[0].atLeast")).isEqualTo("100");
        assertThat(form.value("commitments[18].responsible")).isEqualTo("POLICE");
        assertThat(form.has("commitments[24].code")).isFalse();
        // Tomcat takes at most 1,000 parameters a request: 24 commitments send some 170, about seven each.
        assertThat(form.parameters()).isLessThan(400);
        // The coordinator belongs to POLICE and MUNICIPALITY, which fit the two parties.
        assertThat(form.value("parties[0].organisation")).isEqualTo("POLICE");
        assertThat(form.value("parties[1].organisation")).isEqualTo("MUNICIPALITY");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aCoordinatorWhoAsksInEnglishIsShownTheStartAndTheDraftInEnglish() throws Exception {
        mvc.perform(get(PAGE).param("lang", "en").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>New citizens")))
                .andExpect(content().string(containsString("Show the draft")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(post(PAGE).param("text", vastervik).header("Accept-Language", "en").with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Review the draft of the citizens")))
                .andExpect(content().string(containsString("Commitments (24)")))
                .andExpect(content().string(containsString("At least 100 place visits during the year")))
                .andExpect(content().string(containsString("Read from the words:\n")))
                .andExpect(content().string(containsString("Text <span class=\"public\">Shown on the public page</span>")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(not(containsString("Visas på den offentliga sidan"))));
    }

    @Test
    void theTextMayComeAsAFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "medborgarlofte.txt", "text/plain",
                vastervik.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart(PAGE).file(file).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Åtaganden (24)")));
    }

    @Test
    void anEmptyTextIsAskedForByItsField() throws Exception {
        mvc.perform(post(PAGE).param("text", "  ").with(coordinator()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "id=\"text-error\">Klistra in löftets text, eller välj en fil med den.</p>")));
    }

    @Test
    void confirmingWithRegionAndCountyCreatesThePromiseAndEveryCommitmentAsTheCoordinator() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "granskad-vastervik-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län");

        MvcResult confirmed = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "/created"))
                .andReturn();

        List<StoredEvent> promise = events.of("granskad-vastervik-2025");
        assertThat(promise).extracting(StoredEvent::type).containsExactly(PromiseCreated.class.getName());
        assertThat(promise.get(0).payload().path("county").asText()).isEqualTo("Kalmar län");
        assertThat(promise.get(0).metaData().path("userId").asText()).isEqualTo("samordnare");
        assertThat(pledgedIn("granskad-vastervik-2025")).hasSize(24);
        StoredEvent placeVisits = events.of("granskad-vastervik-2025-6.2").get(0);
        assertThat(placeVisits.payload().path("targets").toString()).contains("\"atLeast\":100");

        mvc.perform(get(PAGE + "/created").flashAttrs(confirmed.getFlashMap()).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Löftet granskad-vastervik-2025 är sparat.")))
                .andExpect(content().string(containsString("Med 24 åtaganden.")))
                .andExpect(content().string(containsString("href=\"/report\"")));
    }

    @Test
    void whatTheCoordinatorCorrectsIsWhatIsStored() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "rattad-vastervik-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län")
                .set("commitments[18].targets[0].atLeast", "120")
                .tick("commitments[0].targets[0].drop", "on")
                .tick("commitments[23].drop", "on");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        assertThat(pledgedIn("rattad-vastervik-2025")).hasSize(23);
        assertThat(events.of("rattad-vastervik-2025-8.1")).isEmpty();
        assertThat(events.of("rattad-vastervik-2025-1.1").get(0).payload().path("targets").size()).isZero();
        assertThat(events.of("rattad-vastervik-2025-6.2").get(0).payload().path("targets").toString())
                .contains("\"atLeast\":120");
    }

    @Test
    void aMonthlyRhythmIsShownAndStoredAsMonthly() throws Exception {
        String text = """
                Medborgarlöfte 2025 — Lokalpolisområde Västervik och Västerviks kommun

                1. Trygghet

                1.1 Kommunen ska sammanställa en lägesbild varje månad.
                """;
        String page = mvc.perform(post(PAGE).param("text", text).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Varje månad: lägesbilder (EST)")))
                .andReturn().getResponse().getContentAsString();
        HtmlForm form = HtmlForm.of(page, CONFIRM).set("promiseId", "manadsvis-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län");
        assertThat(form.value("commitments[0].targets[0].period")).isEqualTo("MONTH");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        assertThat(events.of("manadsvis-2025-1.1").get(0).payload().path("targets").toString())
                .contains("\"type\":\"CADENCE\"").contains("\"period\":\"MONTH\"");
    }

    @Test
    void aMissingCountyIsToldByItsFieldWhatWasTypedStaysAndNothingIsStored() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "utan-lan-2025")
                .set("policeRegion", "Polisregion Öst").set("commitments[3].text", "Polisen och kommunen ska ses.");
        long before = events.count();

        String page = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"county-error\">Ange länet, t.ex. Kalmar län.</p>")))
                .andExpect(content().string(containsString("Inget är sparat.")))
                .andReturn().getResponse().getContentAsString();

        assertThat(events.count()).isEqualTo(before);
        HtmlForm again = HtmlForm.of(page, CONFIRM);
        assertThat(again.value("policeRegion")).isEqualTo("Polisregion Öst");
        assertThat(again.value("commitments[3].text")).isEqualTo("Polisen och kommunen ska ses.");
        assertThat(again.value("token")).isEqualTo(form.value("token"));
    }

    @Test
    void aWrongFieldOfARowIsToldByThatRow() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "fel-rad-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län")
                .set("parties[1].organisation", "inte en kod!")
                .set("commitments[3].code", "fyra fyra");
        long before = events.count();

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"party1-organisation-error\">Ange en organisationskod")))
                .andExpect(content().string(containsString("id=\"c3-code-error\">Bara bokstäver, siffror")))
                .andExpect(content().string(containsString("<a href=\"#party1-organisation-error\">Part, rad 2: organisation</a>")))
                .andExpect(content().string(containsString("<a href=\"#c3-code-error\">Åtagande fyra fyra: kod</a>")));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPromiseNoneOfTheCoordinatorsOrganisationsActsInIsRefusedAndNothingIsStored() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "nagon-annans-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län")
                .set("parties[0].organisation", "LPO_VIMMERBY").set("parties[1].organisation", "HULTSFREDS_KOMMUN");
        long before = events.count();

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"parties-error\">Du kan bara skapa ett löfte som någon av dina organisationer")));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPledgeRefusedAfterThePromiseIsCreatedIsNamedAndConfirmingAgainStoresOnlyWhatIsMissing() throws Exception {
        // 1.2's deadline is "under våren 2025"; a day of another year is refused by the pledge, not before it.
        HtmlForm form = draft(coordinator()).set("promiseId", "delvis-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län")
                .set("commitments[1].targets[0].dueOn", "2026-06-30");

        String page = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Löftet delvis-2025 är skapat, men alla åtaganden är inte sparade.")))
                .andExpect(content().string(containsString("Inte sparade (1): 1.2.")))
                .andExpect(content().string(containsString("id=\"c1-t0-dueOn-error\">Dagen ligger utanför löftesåret 2025.</p>")))
                .andExpect(content().string(not(containsString("Inget är sparat."))))
                .andReturn().getResponse().getContentAsString();
        assertThat(pledgedIn("delvis-2025")).hasSize(23);
        long before = events.count();

        mvc.perform(HtmlForm.of(page, CONFIRM).set("commitments[1].targets[0].dueOn", "2025-06-30").post()
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isFound());

        assertThat(events.count()).isEqualTo(before + 1);
        assertThat(events.of("delvis-2025")).hasSize(1);
        assertThat(pledgedIn("delvis-2025")).hasSize(24);
    }

    @Test
    void confirmingTheSameDraftTwiceStoresNothingNew() throws Exception {
        // No id chosen: the form's token names the promise, so the repeat finds what the first created.
        HtmlForm form = draft(coordinator()).set("policeRegion", "Polisregion Öst").set("county", "Kalmar län");
        long promises = events.countOf(PromiseCreated.class);

        MvcResult first = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        long after = events.count();
        MvcResult second = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isFound()).andReturn();

        assertThat(events.count()).isEqualTo(after);
        assertThat(events.countOf(PromiseCreated.class)).isEqualTo(promises + 1);
        assertThat(second.getFlashMap().get("created")).isEqualTo(first.getFlashMap().get("created"));
    }

    @Test
    void updatingTheFormStoresNothingAndOffersARowToAddAParty() throws Exception {
        HtmlForm form = draft(coordinator()).set("parties[2].code", "REGION").set("parties[2].name", "Region Kalmar län");
        long before = events.count();

        String page = mvc.perform(form.post().param("check", "true").with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(events.count()).isEqualTo(before);
        HtmlForm again = HtmlForm.of(page, CONFIRM);
        assertThat(again.value("parties[2].code")).isEqualTo("REGION");
        assertThat(again.value("parties[3].code")).isEmpty();
        assertThat(page).contains("Region Kalmar län (REGION)");
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityFindsTheirOwnOrganisationsOffered() throws Exception {
        HtmlForm form = draft(user(users.loadUserByUsername("hultsfred")));

        assertThat(form.value("parties[0].organisation")).isEqualTo("LPO_VIMMERBY");
        assertThat(form.value("parties[1].organisation")).isEqualTo("HULTSFREDS_KOMMUN");
    }

    @Test
    void aReporterOrManagementIsToldTheirRoleCreatesNoPromise() throws Exception {
        for (String name : new String[]{"polis", "ledning"}) {
            UserDetails someone = users.loadUserByUsername(name);
            mvc.perform(get(PAGE).with(user(someone)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Din roll skapar inte medborgarlöften")));
            mvc.perform(post(PAGE).param("text", vastervik).with(user(someone)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Åtaganden (24)"))));
        }
        long before = events.count();
        HtmlForm form = draft(coordinator()).set("promiseId", "av-polisen-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län");

        mvc.perform(form.post().with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        HtmlForm form = draft(coordinator()).set("promiseId", "utan-csrf-2025")
                .set("policeRegion", "Polisregion Öst").set("county", "Kalmar län").without("_csrf");
        long before = events.count();

        mvc.perform(form.post().with(coordinator())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).param("text", vastervik).with(coordinator())).andExpect(status().isForbidden());

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theReportFormOffersThePageToCoordinatorsOnly() throws Exception {
        mvc.perform(get("/report").with(coordinator()))
                .andExpect(content().string(containsString("href=\"/report/promises/draft\"")));
        mvc.perform(get("/report").with(user(users.loadUserByUsername("polis"))))
                .andExpect(content().string(not(containsString("href=\"/report/promises/draft\""))));
    }

    @Test
    void thePageWithoutASessionLeadsToSignIn() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"));
    }

    private HtmlForm draft(RequestPostProcessor who) throws Exception {
        String page = mvc.perform(post(PAGE).param("text", vastervik).with(who).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return HtmlForm.of(page, CONFIRM);
    }

    private RequestPostProcessor coordinator() {
        return user(users.loadUserByUsername("samordnare"));
    }

    private List<StoredEvent> pledgedIn(String promiseId) {
        return events.ofType(CommitmentPledged.class).stream()
                .filter(event -> event.payload().path("promiseId").asText().equals(promiseId)).toList();
    }
}
