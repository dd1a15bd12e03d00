package se.lofteskollen.command.reportform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.command.testing.CommandServiceTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report form speaks Swedish unless English is asked for, and then every word of it is English. */
@CommandServiceTest
@AutoConfigureMockMvc
class ReportFormLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theFormIsSwedishByDefault() throws Exception {
        String page = mvc.perform(get("/report").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"sv\"").contains("<h1>Rapportera</h1>").contains("Vad gjorde du?")
                .contains("Fotpatrullering").contains("Skicka rapport").doesNotContain("??");
    }

    @Test
    void theFormAskedInEnglishIsEnglishThroughout() throws Exception {
        String page = mvc.perform(get("/report").param("lang", "en").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\"").contains("<h1>Report</h1>").contains("What did you do?")
                .contains("Place visit").contains("Foot patrol")
                // The year of the newest promise offered: other tests of the shared context may have made a later one.
                .containsPattern("A day in 20\\d\\d, today at the latest\\.")
                .contains("Send report").doesNotContain("??").doesNotContain("Vad gjorde du", "Skicka rapport");
    }

    @Test
    void aRefusalAndAConfirmationAreSaidInEnglishOnAnEnglishForm() throws Exception {
        String refused = mvc.perform(post("/report").header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.2")
                        .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("measures", "Synlig närvaro"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"placeName-error\">Write the name of the place.</p>")
                .contains("The report is not saved.").doesNotContain("??");

        Object confirmation = mvc.perform(post("/report").header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-1.1")
                        .param("alsoFor", "vastervik-2025-5.2").param("kind", "MEETING").param("date", "2025-09-01")
                        .param("network", "TISTEL").param("participants", "7"))
                .andExpect(status().isFound()).andReturn().getFlashMap().get("confirmation");
        assertThat(((Confirmation) confirmation).message())
                .isEqualTo("The meeting of Tistel on 1 September 2025 with 7 participants is saved for commitments 1.1 and 5.2.");
    }

    @Test
    void aSwedishConfirmationNamesTheDayInSwedish() throws Exception {
        Object confirmation = mvc.perform(post("/report").with(user(users.loadUserByUsername("polis"))).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.3")
                        .param("kind", "ACTIVITY").param("date", "2025-09-01").param("activityKind", "FOOT_PATROL")
                        .param("count", "3"))
                .andExpect(status().isFound()).andReturn().getFlashMap().get("confirmation");
        assertThat(((Confirmation) confirmation).message())
                .isEqualTo("Fotpatrullering (3 st) den 1 september 2025 är sparad på löfte 6.3.");
    }
}
