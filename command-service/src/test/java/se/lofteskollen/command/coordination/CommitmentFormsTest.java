package se.lofteskollen.command.coordination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.command.testing.HtmlForm;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's forms for one commitment: each sends the API's command as the signed-in coordinator, and a
 * refusal comes back by its field with what was typed, having stored nothing.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class CommitmentFormsTest {

    private static final String BASE = "/report/coordinate/commitments/";

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
    void aRevisionOfTextAndTargetIsStoredWithItsReasonAsTheCoordinatorAndConfirmed() throws Exception {
        String commitment = promise.commitment("6.2");
        HtmlForm form = form(commitment, "revise")
                .set("text", "Polisen ska göra minst 120 platsbesök.")
                .set("targets[0].atLeast", "120")
                .set("reason", "Styrgruppen höjde målet i maj");

        MvcResult sent = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/report/coordinate?lofte=" + promise.promiseId))
                .andReturn();

        StoredEvent revision = last(commitment);
        assertThat(revision.type()).isEqualTo(CommitmentRevised.class.getName());
        assertThat(revision.payload().path("reason").asText()).isEqualTo("Styrgruppen höjde målet i maj");
        assertThat(revision.payload().path("text").asText()).isEqualTo("Polisen ska göra minst 120 platsbesök.");
        assertThat(revision.payload().path("targets").toString()).contains("\"atLeast\":120");
        assertThat(revision.payload().path("responsible").toString()).isEqualTo("[\"POLICE\"]");
        assertThat(revision.metaData().path("userId").asText()).isEqualTo("samordnare");
        mvc.perform(get("/report/coordinate?lofte=" + promise.promiseId).flashAttrs(sent.getFlashMap()).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändringen av 6.2 är sparad.")))
                .andExpect(content().string(containsString("data-position=\"" + revision.position() + "\"")))
                .andExpect(content().string(containsString("Minst 120 platsbesök under året")));
    }

    @Test
    void aRevisionWithoutAReasonIsToldByTheReasonFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        String commitment = promise.commitment("6.2");
        HtmlForm form = form(commitment, "revise").set("text", "Polisen ska göra minst 120 platsbesök.");
        long before = events.count();

        String page = mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reason-error\">Skriv varför åtagandet ändras.</p>")))
                .andExpect(content().string(containsString("Inget är sparat.")))
                .andReturn().getResponse().getContentAsString();

        assertThat(events.count()).isEqualTo(before);
        assertThat(HtmlForm.of(page, BASE + commitment + "/revise").value("text"))
                .isEqualTo("Polisen ska göra minst 120 platsbesök.");
    }

    @Test
    void aTargetAddedOnTheBlankRowOutsideThePromiseYearIsToldByThatRowsDay() throws Exception {
        String commitment = promise.commitment("6.2");
        HtmlForm form = form(commitment, "revise")
                .set("targets[1].type", "DEADLINE").set("targets[1].milestone", "Platslista klar")
                .set("targets[1].dueOn", "2026-03-31").set("reason", "Ett delmål till");
        long before = events.count();

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"t1-dueOn-error\">Dagen ligger utanför löftesåret 2025. Välj en dag under 2025.</p>")))
                .andExpect(content().string(containsString("value=\"Platslista klar\"")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theCitizensPartsOfARevisionAreMarkedBeforeItIsSent() throws Exception {
        String page = mvc.perform(get(BASE + promise.commitment("6.2") + "/revise").with(coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Pages.label(page, "text")).contains("Visas på den öppna sidan");
        assertThat(page).contains("<legend>Mål <span class=\"public\">Visas på den öppna sidan</span></legend>");
        assertThat(page).contains("<legend>Vem svarar för det <span class=\"public\">Visas på den öppna sidan</span></legend>");
        assertThat(Pages.label(page, "reason")).doesNotContain("Visas på den öppna sidan");
        assertThat(page).contains("Visas i åtagandets historik för personal och ledning, inte på den öppna sidan.");
    }

    @Test
    void aRevisionAskedForInEnglishIsOfferedAndAnsweredInEnglish() throws Exception {
        String page = mvc.perform(get(BASE + promise.commitment("6.2") + "/revise").param("lang", "en").with(coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\"", "<h1>Change commitment 6.2</h1>",
                        "<legend>Targets <span class=\"public\">Shown on the public page</span></legend>",
                        "<option value=\"PLACE_VISIT\">place visits</option>", "Save the change")
                .doesNotContain("??", "Visas på den öppna sidan");
        mvc.perform(form(promise.commitment("4.1"), "baseline").set("value", "twelve").set("basis", "2024").post()
                        .header("Accept-Language", "en").with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"value-error\">Give a whole number.</p>")))
                .andExpect(content().string(containsString("Nothing has been saved.")));
    }

    @Test
    void everyFormOfACommitmentIsInEnglishWhenAskedFor() throws Exception {
        for (String form : List.of("6.2/revise", "6.2/withdraw", "6.2/note", "4.1/baseline", "1.2/milestone")) {
            String[] codeAndKind = form.split("/");
            String page = mvc.perform(get(BASE + promise.commitment(codeAndKind[0]) + "/" + codeAndKind[1])
                            .param("lang", "en").with(coordinator()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).as(form).contains("<html lang=\"en\"", "<h2 id=\"atagandet\">Commitment " + codeAndKind[0])
                    .doesNotContain("??", "Tillbaka till löftet", "Visas på den öppna sidan");
        }
    }

    @Test
    void aWithdrawalIsStoredWithItsPublicReason() throws Exception {
        String commitment = promise.commitment("4.1");
        HtmlForm form = form(commitment, "withdraw").set("reason", "Dialogerna ersätts av trygghetsvandringar");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent withdrawal = last(commitment);
        assertThat(withdrawal.type()).isEqualTo(CommitmentWithdrawn.class.getName());
        assertThat(withdrawal.payload().path("reason").asText()).isEqualTo("Dialogerna ersätts av trygghetsvandringar");
    }

    @Test
    void aWithdrawalWithoutAReasonIsToldByTheReasonField() throws Exception {
        String commitment = promise.commitment("4.1");
        long before = events.count();

        mvc.perform(form(commitment, "withdraw").post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reason-error\">Skriv varför åtagandet återkallas.</p>")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aBaselineIsStoredWithWhatItIsBasedOn() throws Exception {
        String commitment = promise.commitment("4.1");
        HtmlForm form = form(commitment, "baseline").set("value", "12").set("basis", "Medborgardialoger under 2024");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent baseline = last(commitment);
        assertThat(baseline.type()).isEqualTo(BaselineSet.class.getName());
        assertThat(baseline.payload().path("value").asInt()).isEqualTo(12);
        assertThat(baseline.payload().path("basis").asText()).isEqualTo("Medborgardialoger under 2024");
    }

    @Test
    void aBaselineWithoutItsBasisIsToldByTheBasisFieldAndAWordForANumberByTheValue() throws Exception {
        String commitment = promise.commitment("4.1");
        long before = events.count();

        mvc.perform(form(commitment, "baseline").set("value", "12").post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"basis-error\">Skriv vad utgångsvärdet bygger på, t.ex. antalet medborgardialoger 2024.</p>")));
        mvc.perform(form(commitment, "baseline").set("value", "tolv").set("basis", "2024").post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"value-error\">Ange ett heltal.</p>")))
                .andExpect(content().string(containsString("value=\"tolv\"")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aMilestoneReachedIsStoredOnTheDayGiven() throws Exception {
        String commitment = promise.commitment("1.2");
        HtmlForm form = form(commitment, "milestone");
        assertThat(form.value("milestone")).isEqualTo("förstudie klar");
        form.set("reachedOn", "2025-06-20").set("notes", "Förstudien lämnad till styrgruppen");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent reached = last(commitment);
        assertThat(reached.type()).isEqualTo(MilestoneReached.class.getName());
        assertThat(reached.payload().path("milestone").asText()).isEqualTo("förstudie klar");
        assertThat(reached.payload().path("reachedOn").asText()).isEqualTo("2025-06-20");
    }

    @Test
    void aMilestoneReachedInTheFutureIsToldByTheDayField() throws Exception {
        String commitment = promise.commitment("1.2");
        long before = events.count();

        mvc.perform(form(commitment, "milestone").set("reachedOn", "2025-10-15").post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"reachedOn-error\">Dagen ligger i framtiden. Ange en dag som har varit, senast i dag.</p>")))
                .andExpect(content().string(containsString("value=\"2025-10-15\"")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aStatusNoteIsAddedOnceHoweverOftenItsFormIsSent() throws Exception {
        String commitment = promise.commitment("6.2");
        HtmlForm form = form(commitment, "note").set("note", "Besöken går enligt plan; fler kvällar i höst.");

        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());
        mvc.perform(form.post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        assertThat(events.of(commitment)).filteredOn(event -> event.type().equals(StatusNoteAdded.class.getName()))
                .extracting(event -> event.payload().path("note").asText())
                .containsExactly("Besöken går enligt plan; fler kvällar i höst.");
    }

    @Test
    void aStatusNoteWithAPhoneNumberIsRefusedByTheNoteFieldByTheTextRule() throws Exception {
        String commitment = promise.commitment("6.2");
        long before = events.count();

        mvc.perform(form(commitment, "note").set("note", "Ring 070-123 45 67 om kvällarna").post()
                        .with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"note-error\">Texten ser ut att innehålla ett telefonnummer.")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysCoordinatorIsShownNothingOfTheCommitmentAndTheBusRefusesTheirForm() throws Exception {
        String commitment = promise.commitment("6.2");
        HtmlForm form = form(commitment, "note").set("note", "Ett försök");
        long before = events.count();

        mvc.perform(get(BASE + commitment + "/note").with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("platsbesök"))));
        mvc.perform(form.post().with(user(users.loadUserByUsername("hultsfred"))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Inget sparades.")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        HtmlForm form = form(promise.commitment("6.2"), "withdraw").set("reason", "Utan token");
        long before = events.count();

        mvc.perform(form.post().with(coordinator())).andExpect(status().isForbidden());

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aReporterIsToldTheFormsAreForCoordinators() throws Exception {
        mvc.perform(get(BASE + promise.commitment("6.2") + "/revise").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Din roll")));
    }

    private HtmlForm form(String commitmentId, String kind) throws Exception {
        String page = mvc.perform(get(BASE + commitmentId + "/" + kind).with(coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return HtmlForm.of(page, BASE + commitmentId + "/" + kind);
    }

    private StoredEvent last(String aggregateId) {
        List<StoredEvent> stream = events.of(aggregateId);
        return stream.get(stream.size() - 1);
    }

    private RequestPostProcessor coordinator() {
        return user(users.loadUserByUsername("samordnare"));
    }
}
