package se.lofteskollen.command.coordination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.command.testing.HtmlForm;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.ReportRetracted;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's forms for a whole promise: pledge, sign, close the year and retract a report, each through the
 * API's command as the signed-in coordinator, a refusal told by its field with nothing stored.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class PromiseFormsTest {

    private static final String BASE = "/report/coordinate/promises/";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    Arranged promise;

    @BeforeEach
    void aPromiseOfItsOwn() throws Exception {
        promise = Arranged.promise(mvc);
    }

    @Test
    void everyFormOfThePromiseIsInEnglishWhenAskedFor() throws Exception {
        promise.placeVisit("Stora torget");
        for (String kind : List.of("pledge", "sign", "close", "retract")) {
            String page = mvc.perform(get(BASE + promise.promiseId + "/" + kind).param("lang", "en").with(coordinator()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).as(kind).contains("<html lang=\"en\"", "Back to the promise")
                    .doesNotContain("??", "Tillbaka till löftet", "Visas på den öppna sidan");
        }
        mvc.perform(get(BASE + promise.promiseId + "/retract").param("lang", "en").with(coordinator()))
                .andExpect(content().string(containsString("Place visit: Stora torget")));
    }

    @Test
    void aPledgeWithACountedTargetIsStoredUnderThePromisesIdAndCode() throws Exception {
        HtmlForm form = form("pledge").set("code", "4.2").set("priorityArea", "4").tick("responsible", "POLICE")
                .tick("responsible", "MUNICIPALITY")
                .set("text", "Polisen och kommunen ska hålla minst fyra medborgardialoger under året.")
                .set("targets[0].type", "COUNT").set("targets[0].measure", "ACTIVITY:CITIZEN_DIALOGUE")
                .set("targets[0].atLeast", "4");

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/report/coordinate?lofte=" + promise.promiseId));

        List<StoredEvent> pledged = events.of(promise.commitment("4.2"));
        assertThat(pledged).extracting(StoredEvent::type).containsExactly(CommitmentPledged.class.getName());
        assertThat(pledged.get(0).payload().path("targets").toString()).contains("\"atLeast\":4")
                .contains("CITIZEN_DIALOGUE");
        assertThat(pledged.get(0).payload().path("responsible").toString()).isEqualTo("[\"MUNICIPALITY\",\"POLICE\"]");
        assertThat(pledged.get(0).metaData().path("userId").asText()).isEqualTo("samordnare");
    }

    @Test
    void aPledgeOfACodeAlreadyUsedIsToldByTheCodeAndOneWithoutAPartyByWhoAnswers() throws Exception {
        long before = events.count();

        mvc.perform(form("pledge").set("code", "6.2").set("priorityArea", "6").tick("responsible", "POLICE")
                        .set("text", "Något annat än förra gången.").post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"code-error\">Åtagandet " + promise.commitment("6.2")
                        + " är redan sparat, med annat innehåll. Det ändras med en revidering, inte här.</p>")))
                .andExpect(content().string(containsString("Något annat än förra gången.")));
        mvc.perform(form("pledge").set("code", "6.3").set("priorityArea", "6").set("text", "Fotpatruller.")
                        .post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"responsible-error\">Kryssa i minst en part som svarar för åtagandet.</p>")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aSigningByThePoliceAndTheMunicipalityIsStored() throws Exception {
        HtmlForm form = form("sign").set("signedOn", "2025-01-27")
                .set("signatories[0].name", "Anna Berg").set("signatories[0].title", "Lokalpolisområdeschef")
                .set("signatories[1].name", "Per Lind").set("signatories[1].title", "Kommunstyrelsens ordförande");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent signed = events.of(promise.promiseId).get(1);
        assertThat(signed.type()).isEqualTo(PromiseSigned.class.getName());
        assertThat(signed.payload().path("signedOn").asText()).isEqualTo("2025-01-27");
        assertThat(signed.payload().path("signatories").toString()).contains("Anna Berg").contains("MUNICIPALITY");
    }

    @Test
    void aSigningByThePoliceAloneIsToldByTheSignatories() throws Exception {
        long before = events.count();

        mvc.perform(form("sign").set("signedOn", "2025-01-27")
                        .set("signatories[0].name", "Anna Berg").set("signatories[0].title", "Lokalpolisområdeschef")
                        .post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"signatories-error\">Löftet undertecknas av både "
                        + "polisen och kommunen: ange minst en undertecknare för var och en.</p>")))
                .andExpect(content().string(containsString("value=\"Anna Berg\"")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void closingTheYearStoresTheSummaryAndTheStartPageThenOffersNoForms() throws Exception {
        HtmlForm form = form("close").set("closedOn", "2025-09-30")
                .set("summary", "Året gav fler platsbesök än någonsin.");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent closed = events.of(promise.promiseId).get(1);
        assertThat(closed.type()).isEqualTo(PromiseClosed.class.getName());
        assertThat(closed.payload().path("summary").asText()).isEqualTo("Året gav fler platsbesök än någonsin.");
        mvc.perform(get("/report/coordinate?lofte=" + promise.promiseId).with(coordinator()))
                .andExpect(content().string(containsString("Året avslutat 2025-09-30")))
                .andExpect(content().string(not(containsString("/revise"))))
                .andExpect(content().string(not(containsString(BASE + promise.promiseId + "/pledge"))));
    }

    @Test
    void closingBeforeThePromiseYearIsToldByTheDay() throws Exception {
        long before = events.count();

        mvc.perform(form("close").set("closedOn", "2024-12-31").set("summary", "För tidigt.").post()
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"closedOn-error\">Dagen ligger före löftesåret 2025.</p>")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aReportPickedFromThePromisesReportsIsRetractedWithItsReason() throws Exception {
        String reportId = promise.placeVisit("Stora torget");
        HtmlForm form = form("retract");

        mvc.perform(form.set("reportId", reportId).set("reason", "Dubbelregistrerad").post()
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isFound());

        List<StoredEvent> report = events.of(reportId);
        assertThat(report.get(report.size() - 1).type()).isEqualTo(ReportRetracted.class.getName());
        assertThat(report.get(report.size() - 1).payload().path("reason").asText()).isEqualTo("Dubbelregistrerad");
        assertThat(report.get(report.size() - 1).metaData().path("userId").asText()).isEqualTo("samordnare");
        mvc.perform(get(BASE + promise.promiseId + "/retract").with(coordinator()))
                .andExpect(content().string(not(containsString(reportId))));
    }

    @Test
    void theReportsOfferedAreThePromisesOwnInWords() throws Exception {
        String reportId = promise.placeVisit("Lilla torget");

        mvc.perform(get(BASE + promise.promiseId + "/retract").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + reportId
                        + "\">2025-06-12 · Platsbesök: Lilla torget · 6.2 · ")));
    }

    @Test
    void aRetractionWithoutAReasonIsToldByTheReasonAndAnUnknownIdByTheIdField() throws Exception {
        String reportId = promise.placeVisit("Hamnen");
        long before = events.count();

        mvc.perform(form("retract").set("reportId", reportId).post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reason-error\">Skriv varför rapporten återkallas.</p>")));
        mvc.perform(form("retract").set("otherReportId", "ingen-sadan-rapport").set("reason", "Fel").post()
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"otherReportId-error\">Det finns ingen rapport med det "
                        + "id:t.")));
        assertThat(events.count()).isEqualTo(before);
    }

    private HtmlForm form(String kind) throws Exception {
        String page = mvc.perform(get(BASE + promise.promiseId + "/" + kind).with(coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return HtmlForm.of(page, BASE + promise.promiseId + "/" + kind);
    }

    private RequestPostProcessor coordinator() {
        return user(users.loadUserByUsername("samordnare"));
    }
}
