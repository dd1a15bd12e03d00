package se.lofteskollen.command.coordination;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.HtmlForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator's form says a rule's refusal in the reader's language: Swedish, or English when asked by
 * {@code ?lang=en} (which a cookie remembers for the form's post) (#13).
 */
@CommandServiceTest
@AutoConfigureMockMvc
class CoordinationRefusalLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRefusedRevisionIsSaidInSwedishByDefaultAndInEnglishWhenAsked() throws Exception {
        Arranged promise = Arranged.promise(mvc);
        String revise = "/report/coordinate/commitments/" + promise.commitment("6.2") + "/revise";
        String page = mvc.perform(get(revise).with(coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        HtmlForm form = HtmlForm.of(page, revise)
                .set("targets[1].type", "DEADLINE").set("targets[1].milestone", "Platslista klar")
                .set("targets[1].dueOn", "2026-03-31").set("reason", "Ett delmål till");

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"t1-dueOn-error\">Dagen ligger utanför löftesåret 2025. Välj en dag under 2025.</p>")));
        mvc.perform(form.post().cookie(englishAskedOn(revise, coordinator())).with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"t1-dueOn-error\">lies outside the promise year 2025</p>")))
                .andExpect(content().string(not(containsString("Dagen ligger utanför"))));
    }

    @Test
    void aConstraintOfTheRequestIsSaidInTheReadersLanguage() throws Exception {
        Arranged promise = Arranged.promise(mvc);
        String revise = "/report/coordinate/commitments/" + promise.commitment("6.2") + "/revise";
        String page = mvc.perform(get(revise).with(coordinator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        HtmlForm form = HtmlForm.of(page, revise).set("text", " ").set("reason", "Tom text");

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(content().string(containsString("id=\"text-error\">Skriv åtagandets text.</p>")));
        mvc.perform(form.post().cookie(englishAskedOn(revise, coordinator())).with(coordinator()).with(csrf()))
                .andExpect(content().string(containsString("id=\"text-error\">Write the commitment&#39;s text.</p>")));
    }

    /** A reader who asked for English ({@code ?lang=en} on a page), as the cookie that remembers it. */
    private Cookie englishAskedOn(String page, RequestPostProcessor who) throws Exception {
        Cookie language = mvc.perform(get(page).param("lang", "en").with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getCookie("lofteskollen-lang");
        assertThat(language).isNotNull();
        return language;
    }

    private RequestPostProcessor coordinator() {
        return user(users.loadUserByUsername("samordnare"));
    }
}
