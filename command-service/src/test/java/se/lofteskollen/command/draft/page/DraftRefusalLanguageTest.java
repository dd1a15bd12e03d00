package se.lofteskollen.command.draft.page;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.HtmlForm;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The draft page says a refusal in the reader's language: Swedish, or English when asked by {@code ?lang=en}
 * (which a cookie remembers for the page's posts) (#13).
 */
@CommandServiceTest
@AutoConfigureMockMvc
class DraftRefusalLanguageTest {

    private static final String PAGE = "/report/promises/draft";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anEmptyTextIsAskedForInSwedishByDefaultAndInEnglishWhenAsked() throws Exception {
        mvc.perform(post(PAGE).param("text", "  ").with(coordinator()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "id=\"text-error\">Klistra in löftets text, eller välj en fil med den.</p>")));
        mvc.perform(post(PAGE).param("text", "  ").cookie(englishAskedOn(PAGE, coordinator())).with(coordinator()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "id=\"text-error\">must not be empty: send the promise&#39;s published text</p>")));
    }

    @Test
    void aRefusedDraftIsToldByItsFieldInTheReadersLanguage() throws Exception {
        String vastervik;
        try (InputStream text = DraftRefusalLanguageTest.class.getResourceAsStream("/draft/medborgarlofte-2025-vastervik.md")) {
            vastervik = new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
        String page = mvc.perform(post(PAGE).param("text", vastervik).with(coordinator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        HtmlForm form = HtmlForm.of(page, PAGE + "/confirm").set("promiseId", "sprak-2025")
                .set("policeRegion", "Polisregion Öst")
                .set("parties[0].organisation", "LPO_VIMMERBY").set("parties[1].organisation", "HULTSFREDS_KOMMUN");

        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"county-error\">Ange länet, t.ex. Kalmar län.</p>")));
        Cookie english = englishAskedOn(PAGE, coordinator());
        mvc.perform(form.post().cookie(english).with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"county-error\">Give the county, e.g. Kalmar län.</p>")));

        form.set("county", "Kalmar län");
        mvc.perform(form.post().with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"parties-error\">Du kan bara skapa ett löfte som någon av dina organisationer (MUNICIPALITY och POLICE) agerar i.")));
        mvc.perform(form.post().cookie(english).with(coordinator()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"parties-error\">a coordinator creates only promises their own "
                        + "organisation acts in: MUNICIPALITY and POLICE is none of HULTSFREDS_KOMMUN and LPO_VIMMERBY</p>")));
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
