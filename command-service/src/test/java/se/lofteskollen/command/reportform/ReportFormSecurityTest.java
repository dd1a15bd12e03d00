package se.lofteskollen.command.reportform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.platform.testing.PlatformHeaders;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The browser chain: login page for strangers, a CSRF token on every post, and the API left as it was; a form made
 * by hand for a commitment of the other organisation is refused by the command bus, said by its field.
 */
@CommandServiceTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ReportFormSecurityTest {

    private static final String NOT_YOURS = "Du kan bara rapportera på löften som din organisation svarar för.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    @Test
    void theFormWithoutASessionLeadsToSignInAtTheIdentityProvider() throws Exception {
        mvc.perform(get("/report")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/oauth2/authorization/local")));
    }

    @Test
    void theSignInPageAndTheFormCarryThePlatformsHeadersWithTheirOwnPolicy() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'none'"));
        mvc.perform(get("/report").with(user(users.loadUserByUsername("polis")))).andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'none'"));
    }

    @Test
    void theFormIsNotForHttpBasicCredentials() throws Exception {
        mvc.perform(get("/report").with(httpBasic("polis", "polis"))).andExpect(status().isFound());
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefusedAndStoresNothingThenWithItIsStored() throws Exception {
        long before = events.countOf(PlaceVisitReported.class);
        var form = post("/report").with(user(users.loadUserByUsername("polis"))).header("Sec-Fetch-Site", "same-origin")
                .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.2")
                .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("placeName", "Stora torget")
                .param("measures", "Synlig närvaro");

        mvc.perform(form).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/report?utkast=")));
        assertThat(events.countOf(PlaceVisitReported.class)).isEqualTo(before);

        mvc.perform(form.with(csrf())).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/report?lofte=vastervik-2025-6.2")));
        assertThat(events.countOf(PlaceVisitReported.class)).isEqualTo(before + 1);
    }

    @Test
    void aReporterSendingTheOtherOrganisationsCommitmentIsToldByThatFieldAndNothingIsStored(CapturedOutput output)
            throws Exception {
        long before = events.countOf(PlaceVisitReported.class);

        mvc.perform(post("/report").with(user(users.loadUserByUsername("kommun"))).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.2")
                        .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("placeName", "Stora torget")
                        .param("measures", "Synlig närvaro"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"commitmentId-error\">" + NOT_YOURS + "</p>")));

        assertThat(events.countOf(PlaceVisitReported.class)).isEqualTo(before);
        assertThat(output.getOut()).contains("event=access_denied user=\"kommun\" method=\"POST\" path=\"/report\"");
    }

    @Test
    void aFurtherCommitmentOfTheOtherOrganisationIsToldByTheFurtherField() throws Exception {
        long before = events.countOf(MeetingRecorded.class);

        mvc.perform(post("/report").with(user(users.loadUserByUsername("kommun"))).with(csrf())
                        .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-1.1")
                        .param("alsoFor", "vastervik-2025-6.2").param("kind", "MEETING").param("date", "2025-09-01")
                        .param("network", "TISTEL").param("participants", "8"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"alsoFor-error\">" + NOT_YOURS + "</p>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"commitmentId-error\""))));

        assertThat(events.countOf(MeetingRecorded.class)).isEqualTo(before);
    }

    @Test
    void managementIsToldItsRoleDoesNotReport() throws Exception {
        mvc.perform(get("/report").with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Din roll rapporterar inte")));
    }

    @Test
    void theApiStillTakesHttpBasicWithoutACsrfToken() throws Exception {
        mvc.perform(post("/api/place-visits").with(httpBasic("polis", "polis"))
                        .contentType("application/json").content("""
                                {"commitmentId":"vastervik-2025-6.2","place":{"name":"Hamnen"},"visitedOn":"2025-09-02",
                                 "measures":"Samtal"}"""))
                .andExpect(status().isCreated());
    }
}
