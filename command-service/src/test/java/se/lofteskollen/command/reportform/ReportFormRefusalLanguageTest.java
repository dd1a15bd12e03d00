package se.lofteskollen.command.reportform;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.command.testing.CommandServiceTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporters' form says a rule's refusal in the reader's language and in its own words: Swedish, or English
 * when asked by {@code ?lang=en} (which a cookie remembers for the form's post) (#13). The built-in users and the default promise need the local profile.
 */
@CommandServiceTest
@ActiveProfiles("local")
@AutoConfigureMockMvc
class ReportFormRefusalLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder placeVisitOn(String date) {
        return placeVisit(date, "Samtal");
    }

    private MockHttpServletRequestBuilder placeVisit(String date, String measures) {
        return post("/report").with(user(users.loadUserByUsername("polis"))).with(csrf())
                .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.2")
                .param("kind", "PLACE_VISIT").param("date", date).param("placeName", "Stora torget")
                .param("measures", measures);
    }

    private Cookie english() throws Exception {
        Cookie language = mvc.perform(get("/report").param("lang", "en").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk()).andReturn().getResponse().getCookie("lofteskollen-lang");
        assertThat(language).isNotNull();
        return language;
    }

    @Test
    void aDayOutsideThePromiseYearIsSaidInSwedishByDefaultAndInEnglishWhenAsked() throws Exception {
        mvc.perform(placeVisitOn("2024-09-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"date-error\">Datumet ligger utanför löftesåret 2025. Välj en dag under 2025.")));
        mvc.perform(placeVisitOn("2024-09-01").cookie(english()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"date-error\">The date lies outside the promise year 2025. Choose a day in 2025.")));
    }

    @Test
    void aTextRefusedOnItsFaceIsSaidInTheReadersLanguage() throws Exception {
        mvc.perform(placeVisit("2025-09-01", "x".repeat(4001)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"measures-error\">Högst 4000 tecken.")));
        mvc.perform(placeVisit("2025-09-01", "a\u0000b").cookie(english()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"measures-error\">The text holds a control character that is not allowed.")));
    }
}
