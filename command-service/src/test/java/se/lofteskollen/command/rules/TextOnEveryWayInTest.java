package se.lofteskollen.command.rules;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

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
 * Control characters, over-long values and personal identity numbers, through the API and the report form: a 4xx
 * naming the field, and nothing stored. (Token claims: TokenAuthenticationTest.) The built-in users need the local
 * profile, named here rather than taken as a default.
 */
@CommandServiceTest
@ActiveProfiles("local")
@AutoConfigureMockMvc
class TextOnEveryWayInTest {

    private static final String PERSONNUMMER = "811218-9876";

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private Api.Answer visit(String place, String measures) {
        return api.post("polis", "/api/place-visits", """
                {"commitmentId":"vastervik-2025-6.2","place":{"name":"%s"},"visitedOn":"2025-09-02","measures":"%s"}"""
                .formatted(place, measures));
    }

    private void assertRefusedByField(Api.Answer answer, String field) {
        assertThat(answer.status().value()).as(answer.body().toString()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.text("field")).isEqualTo(field);
    }

    @Test
    void aControlCharacterInAnApiBodyIsRefusedByItsFieldAndNothingIsStored() {
        long before = events.count();

        assertRefusedByField(visit("Hamnen", "a\\u0000b"), "measures");
        // A newline is a control character in a one-line field, though the JSON parser takes it in notes.
        assertRefusedByField(visit("Ham\\nnen", "Samtal"), "place.name");
        assertRefusedByField(visit("Ham\\u001b[31mnen", "Samtal"), "place.name");

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anOverLongValueInAnApiBodyIsRefusedByItsFieldAndNothingIsStored() {
        long before = events.count();

        assertRefusedByField(visit("x".repeat(201), "Samtal"), "place.name");
        assertRefusedByField(visit("Hamnen", "x".repeat(4001)), "measures");

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPersonalIdentityNumberInAnApiBodyIsRefusedInSwedishByItsFieldAndNothingIsStored() {
        long before = events.count();

        Api.Answer answer = visit("Hamnen", "Orossamtal med " + PERSONNUMMER);

        assertRefusedByField(answer, "measures");
        assertThat(answer.text("detail")).contains("personal identity number").contains("personnummer");
        assertRefusedByField(api.post("samordnare", "/api/commitments/vastervik-2025-6.2/withdrawal",
                "{\"reason\":\"Ring 070-123 45 67\"}"), "reason");
        assertRefusedByField(api.post("samordnare", "/api/commitments/vastervik-2025-6.2/notes",
                "{\"note\":\"Kontakt: anna@example.se\"}"), "note");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void ordinaryNumbersAndDatesInFreeTextAreTaken() {
        Api.Answer answer = visit("Hamnen", "100 platsbesök sedan 2025-03-14, planen för 2024-2025");

        assertThat(answer.status().value()).as(answer.body().toString()).isEqualTo(201);
    }

    private MockHttpServletRequestBuilder placeVisitForm(String measures) {
        return post("/report").with(user(users.loadUserByUsername("polis"))).with(csrf())
                .param("token", UUID.randomUUID().toString()).param("commitmentId", "vastervik-2025-6.2")
                .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("placeName", "Stora torget")
                .param("measures", measures);
    }

    @Test
    void theReportFormSaysBeforeSendingThatPersonalDataIsNotTaken() throws Exception {
        mvc.perform(get("/report").with(user(users.loadUserByUsername("polis"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv aldrig personuppgifter om invånare")));
    }

    @Test
    void aNulInTheReportFormIsShownByItsFieldAndNothingIsStored() throws Exception {
        long before = events.count();

        mvc.perform(placeVisitForm("a\u0000b"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"measures-error\">Texten innehåller ett otillåtet styrtecken")));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anOverLongValueInTheReportFormIsShownByItsFieldAndNothingIsStored() throws Exception {
        long before = events.count();

        mvc.perform(placeVisitForm("x".repeat(4001)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"measures-error\">Högst 4000 tecken.")));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPersonalIdentityNumberInTheReportFormIsShownInSwedishByItsFieldAndNothingIsStored() throws Exception {
        long before = events.count();

        mvc.perform(placeVisitForm("Samtal med " + PERSONNUMMER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "id=\"measures-error\">Texten ser ut att innehålla ett personnummer eller samordningsnummer.")));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aBrowsersLineBreaksInFreeTextAreTaken() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(post("/report").with(user(users.loadUserByUsername("polis"))).with(csrf())
                        .param("token", token).param("commitmentId", "vastervik-2025-6.2")
                        .param("kind", "PLACE_VISIT").param("date", "2025-09-01").param("placeName", "Hamnen")
                        .param("measures", "rad ett\r\nrad två"))
                .andExpect(status().isFound());
    }
}
