package se.lofteskollen.command.reportform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reporter marks a milestone of their commitment reached, or adds a status note, from the phone form: the API's own
 * commands, so the command bus decides who may and the aggregate what is accepted; a refusal is said by its field and
 * stores nothing, and the form says what the public page will show.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class ReportFormMilestonesAndNotesTest {

    /** Named by each test's own promise, as the tests share one database. */
    private String studyDone;
    private String planAdopted;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;
    @Autowired
    Api api;

    /** A promise of its own: its 1.1 the police's with two milestones, its 2.1 the municipality's. */
    private String promiseWithMilestones() {
        String promiseId = "milestones-" + UUID.randomUUID().toString().substring(0, 8);
        studyDone = "Kartläggningen av trygghetsläget klar i " + promiseId;
        planAdopted = "Handlingsplanen antagen i " + promiseId;
        assertThat(api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"T","policeArea":"LPO","municipality":"K",
                 "policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":[{"code":"1","name":"Trygghet"},{"code":"2","name":"Unga"}]}""".formatted(promiseId))
                .status()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("samordnare", "/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-1.1","code":"1.1","priorityArea":"1","responsible":["POLICE"],
                 "text":"Polisen ska kartlägga trygghetsläget och anta en handlingsplan.",
                 "targets":[{"type":"DEADLINE","milestone":"%s","dueOn":"2025-06-30"},
                            {"type":"DEADLINE","milestone":"%s","dueOn":"2025-12-31"}]}"""
                .formatted(promiseId, studyDone, planAdopted)).status()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("samordnare", "/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-2.1","code":"2.1","priorityArea":"2","responsible":["MUNICIPALITY"],
                 "text":"Kommunen ska erbjuda stöd till föräldrar.",
                 "targets":[{"type":"DEADLINE","milestone":"Föräldrastödet startat","dueOn":"2025-06-30"}]}"""
                .formatted(promiseId)).status()).isEqualTo(HttpStatus.CREATED);
        return promiseId;
    }

    private MockHttpServletRequestBuilder milestone(String user, String commitmentId, String milestone, String day) {
        return post("/report").with(user(users.loadUserByUsername(user))).with(csrf())
                .param("token", UUID.randomUUID().toString()).param("commitmentId", commitmentId)
                .param("kind", "MILESTONE").param("date", day).param("milestone", milestone)
                .param("milestoneNotes", "Redovisad för styrgruppen");
    }

    private MockHttpServletRequestBuilder note(String user, String commitmentId, String token, String note) {
        return post("/report").with(user(users.loadUserByUsername(user))).with(csrf())
                .param("token", token).param("commitmentId", commitmentId).param("kind", "STATUS_NOTE")
                .param("date", "").param("note", note);
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/report").with(user(users.loadUserByUsername(user))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aReporterMarksAMilestoneOfTheirCommitmentReachedOnceAndItIsNoLongerOffered() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.countOf(MilestoneReached.class);

        assertThat(page("polis")).contains("id=\"kind-MILESTONE\"").contains("<option value=\"" + studyDone + "\"")
                .doesNotContain("Föräldrastödet startat");

        var reached = milestone("polis", promiseId + "-1.1", studyDone, "2025-06-12");
        Object confirmation = mvc.perform(reached).andExpect(status().isFound())
                .andReturn().getFlashMap().get("confirmation");
        assertThat(((Confirmation) confirmation).message())
                .isEqualTo("Delmålet ”" + studyDone + "” i löfte 1.1 är sparat som nått den 12 juni 2025.");
        assertThat(events.countOf(MilestoneReached.class)).isEqualTo(before + 1);
        assertThat(events.of(promiseId + "-1.1").get(1).payload().path("notes").asText()).isEqualTo("Redovisad för styrgruppen");

        mvc.perform(reached).andExpect(status().isFound());
        assertThat(events.countOf(MilestoneReached.class)).as("the same form again is a repeat").isEqualTo(before + 1);
        assertThat(page("polis")).doesNotContain("<option value=\"" + studyDone + "\"")
                .contains("<option value=\"" + planAdopted + "\"");
    }

    @Test
    void aMilestoneReachedBeforeOnAnotherDayIsRefusedByItsFieldAndNothingIsStored() throws Exception {
        String promiseId = promiseWithMilestones();
        mvc.perform(milestone("polis", promiseId + "-1.1", studyDone, "2025-06-12")).andExpect(status().isFound());
        long before = events.count();

        String page = mvc.perform(milestone("polis", promiseId + "-1.1", studyDone, "2025-06-20"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"milestone-error\">Delmålet är redan rapporterat som nått den 12 juni 2025.</p>");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aMilestoneOfAnotherCommitmentIsRefusedByTheMilestoneField() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.count();

        String page = mvc.perform(milestone("polis", promiseId + "-1.1", "Föräldrastödet startat", "2025-06-12"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"milestone-error\">Delmålet hör inte till det valda löftet.");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aMilestoneDayOutsideThePromiseYearOrWithoutAMilestoneIsRefusedByItsField() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.count();

        mvc.perform(milestone("polis", promiseId + "-1.1", studyDone, "2024-12-30"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"date-error\">Datumet ligger utanför löftesåret 2025."));
        mvc.perform(milestone("polis", promiseId + "-1.1", "", "2025-06-12"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"milestone-error\">Välj delmål.</p>"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aReporterMayNotMarkAMilestoneOfACommitmentTheirOrganisationDoesNotAnswerFor() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.count();

        String page = mvc.perform(milestone("kommun", promiseId + "-1.1", studyDone, "2025-06-12"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"commitmentId-error\">Du kan bara rapportera på löften som din organisation svarar för.");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aStatusNoteIsAddedOnceForOneForm() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.countOf(StatusNoteAdded.class);
        String token = UUID.randomUUID().toString();

        Object confirmation = mvc.perform(note("polis", promiseId + "-1.1", token, "Kartläggningen är halvvägs."))
                .andExpect(status().isFound()).andReturn().getFlashMap().get("confirmation");
        mvc.perform(note("polis", promiseId + "-1.1", token, "Kartläggningen är halvvägs.")).andExpect(status().isFound());

        assertThat(((Confirmation) confirmation).message()).isEqualTo("Statusanteckningen på löfte 1.1 är sparad.");
        assertThat(events.countOf(StatusNoteAdded.class)).isEqualTo(before + 1);
    }

    @Test
    void aBlankNoteOrOneWithAPhoneNumberIsRefusedByTheNoteFieldAndNothingIsStored() throws Exception {
        String promiseId = promiseWithMilestones();
        long before = events.count();

        mvc.perform(note("polis", promiseId + "-1.1", UUID.randomUUID().toString(), ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"note-error\">Skriv anteckningen.</p>"));
        mvc.perform(note("polis", promiseId + "-1.1", UUID.randomUUID().toString(), "Ring mig på 070-123 45 67"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"note-error\"").contains("Ring mig på 070-123 45 67"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theFormSaysWhatThePublicPageWillShowOfAMilestoneAndANote() throws Exception {
        promiseWithMilestones();

        assertThat(page("polis"))
                .contains("Visas på den öppna sidan: delmålet och dagen det nåddes (inte anteckningen).")
                .contains("Visas inte på den öppna sidan.");
    }
}
