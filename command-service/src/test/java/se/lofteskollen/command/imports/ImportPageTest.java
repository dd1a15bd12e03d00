package se.lofteskollen.command.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.events.report.ActivityReported;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import beside the report form: a file checked or read in, each row's result shown by its line. */
@CommandServiceTest
@AutoConfigureMockMvc
class ImportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    @Test
    void aReporterChecksAFileThenReadsItInAndSeesEachRowsResult() throws Exception {
        MockMultipartFile file = csv("""
                externalId;kind;commitmentIds;occurredOn;count
                page-1;FOOT_PATROL;vastervik-2025-6.3;2025-05-12;2
                page-2;CONCERN_TALK;vastervik-2025-2.6;2025-05-13;1
                """);
        long before = events.countOf(ActivityReported.class);

        mvc.perform(multipart("/report/import").file(file).param("dryRun", "true")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontroll: 2 av 2 rader går att läsa in. Inget är sparat.")))
                .andExpect(content().string(containsString("Godkänd")));
        assertThat(events.countOf(ActivityReported.class)).isEqualTo(before);

        mvc.perform(multipart("/report/import").file(file).with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 rader sparade")))
                .andExpect(content().string(containsString("Sparad")));
        assertThat(events.countOf(ActivityReported.class)).isEqualTo(before + 2);
    }

    @Test
    void aReporterWhoAsksInEnglishIsShownThePageAndTheCheckInEnglish() throws Exception {
        mvc.perform(get("/report/import").param("lang", "en").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Import reports from a file</h1>")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(multipart("/report/import").file(csv("""
                        externalId;kind;commitmentIds;occurredOn
                        english-1;FOOT_PATROL;vastervik-2025-6.3;2025-05-12
                        """)).param("dryRun", "true").header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check: 1 of 1 rows can be imported. Nothing has been stored.")))
                .andExpect(content().string(containsString("<td>Accepted</td>")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aFileWithARefusedRowIsShownByItsLineAndNothingIsStored() throws Exception {
        MockMultipartFile file = csv("""
                externalId;kind;commitmentIds;occurredOn
                refused-1;FOOT_PATROL;vastervik-2025-6.3;2025-05-12
                refused-2;FOOT_PATROL;vastervik-2025-6.3;12 maj
                """);
        long before = events.count();

        mvc.perform(multipart("/report/import").file(file).with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 av 2 rader avvisades, så inget sparades.")))
                .andExpect(content().string(containsString("”12 maj” är inget datum")));
        assertThat(events.count()).isEqualTo(before);

        mvc.perform(multipart("/report/import").file(file).header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(content().string(containsString("&quot;12 maj&quot; is not a date")));
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/report/import").file(csv("externalId;kind;commitmentIds;occurredOn\n"))
                        .with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void managementIsToldItsRoleDoesNotReport() throws Exception {
        mvc.perform(get("/report/import").with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Din roll rapporterar inte")));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "rapporter.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
