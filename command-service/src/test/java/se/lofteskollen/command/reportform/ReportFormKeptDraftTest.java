package se.lofteskollen.command.reportform;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report form posted after its session or CSRF token expired is not lost: nothing is sent, what was typed is kept
 * on the server while the browser signs in again, and the form comes back filled in, saying so.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class ReportFormKeptDraftTest {

    private static final String TOKEN = "5b0e8a52-36c4-4c1e-9d0b-7f3f0c1d2e11";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    private static MockHttpServletRequestBuilder typed() {
        // Posted from the form's own page, as the browser says.
        return post("/report").header("Sec-Fetch-Site", "same-origin")
                .param("token", TOKEN).param("commitmentId", "vastervik-2025-6.2")
                .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("placeName", "Stora torget")
                .param("placeArea", "Centrum").param("measures", "Synlig närvaro kvällstid");
    }

    @Test
    void aFormWhoseSessionExpiredIsKeptThroughTheNewSignInAndShownFilledInWithNothingSent() throws Exception {
        long before = events.count();

        // The session is gone: no user, and the token the form carries is no longer known.
        MockHttpServletResponse expired = mvc.perform(typed().with(csrf().useInvalidToken()))
                .andExpect(status().isSeeOther()).andReturn().getResponse();
        String draft = expired.getRedirectedUrl();
        Cookie browser = expired.getCookie("LOFTESKOLLEN_FORM_DRAFT");
        assertThat(draft).startsWith("/report?utkast=");
        assertThat(browser).isNotNull();
        assertThat(events.count()).isEqualTo(before);

        // The browser follows the redirect, is sent to sign in, and the sign-in leads back to the draft.
        SavedRequest signInLeadsBackTo = (SavedRequest) mvc.perform(get(draft).cookie(browser))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"))
                .andReturn().getRequest().getSession().getAttribute("SPRING_SECURITY_SAVED_REQUEST");
        assertThat(signInLeadsBackTo.getRedirectUrl()).contains(draft);

        String page = mvc.perform(get(draft).cookie(browser).with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Formuläret hade gått ut, så inget är skickat än.")
                .contains("value=\"" + TOKEN + "\"")
                .contains("<option value=\"vastervik-2025-6.2\" selected=\"selected\">")
                .contains("id=\"kind-PLACE_VISIT\" value=\"PLACE_VISIT\" checked=\"checked\"")
                .contains("value=\"2025-09-01\"").contains("value=\"Stora torget\"").contains("value=\"Centrum\"")
                .contains(">Synlig närvaro kvällstid</textarea>").doesNotContain("_csrf\" value=\"invalid");
        assertThat(events.count()).as("nothing is sent until the form is sent again").isEqualTo(before);

        String again = mvc.perform(get(draft).cookie(browser).with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).as("a draft is shown once").contains("finns inte kvar").doesNotContain("value=\"Stora torget\"");
    }

    @Test
    void aFormWithAStaleTokenInALiveSessionComesBackFilledInAtOnce() throws Exception {
        MockHttpServletResponse stale = mvc.perform(typed().param("kind", "STATUS_NOTE").param("note", "Halvvägs")
                        .with(user(users.loadUserByUsername("polis"))).with(csrf().useInvalidToken()))
                .andExpect(status().isSeeOther()).andReturn().getResponse();

        String page = mvc.perform(get(stale.getRedirectedUrl()).cookie(stale.getCookie("LOFTESKOLLEN_FORM_DRAFT"))
                        .param("lang", "en").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The form had expired, so nothing has been sent yet.").contains(">Halvvägs</textarea>");
    }

    @Test
    void aDraftOpensOnlyInTheBrowserThatTypedIt() throws Exception {
        String draft = mvc.perform(typed().with(csrf().useInvalidToken())).andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl();

        String elsewhere = mvc.perform(get(draft).with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(elsewhere).contains("finns inte kvar").doesNotContain("value=\"Stora torget\"").doesNotContain(TOKEN);
    }
}
