package se.lofteskollen.command.coordination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.events.report.ReportRetracted;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reporter retracts one of their organisation's reports from "Mina rapporter": with a reason, through the same
 * command as the API, and never another organisation's.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class ReportRetractionPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    String reportId;

    @BeforeEach
    void aPoliceVisit() throws Exception {
        reportId = Arranged.promise(mvc).placeVisit("Stora torget");
    }

    private String path() {
        return "/report/reports/" + reportId + "/retract";
    }

    @Test
    void theRetractionIsInEnglishWhenAskedFor() throws Exception {
        mvc.perform(get(path()).param("lang", "en").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Retract a report</h1>")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get(path()).param("lang", "en").with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your role does not report.")));
    }

    @Test
    void aReporterRetractsTheirOrganisationsReportWithItsReason() throws Exception {
        mvc.perform(get(path()).with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Varför den återkallas")));

        mvc.perform(post(path()).param("reason", "Fel plats").with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapporten är återkallad.")));

        List<StoredEvent> report = events.of(reportId);
        assertThat(report.get(report.size() - 1).type()).isEqualTo(ReportRetracted.class.getName());
        assertThat(report.get(report.size() - 1).payload().path("reason").asText()).isEqualTo("Fel plats");
        assertThat(report.get(report.size() - 1).metaData().path("userId").asText()).isEqualTo("polis");
    }

    @Test
    void withoutAReasonNothingIsStoredAndTheReasonSaysSo() throws Exception {
        long before = events.count();

        mvc.perform(post(path()).param("reason", " ").with(user(users.loadUserByUsername("polis"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reason-error\">Skriv varför rapporten återkallas.</p>")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsReporterIsRefusedAndNothingIsStored() throws Exception {
        long before = events.count();

        mvc.perform(post(path()).param("reason", "Inte vår").with(user(users.loadUserByUsername("kommun"))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Inget är sparat.")));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void managementWhoReportsNothingGetsThePageThatSaysSo() throws Exception {
        mvc.perform(get(path()).with(user(users.loadUserByUsername("ledning")))).andExpect(status().isForbidden());
    }
}
