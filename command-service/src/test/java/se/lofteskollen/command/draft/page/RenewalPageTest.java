package se.lofteskollen.command.draft.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.HtmlForm;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Förnya" in the browser: the draft page offers a coordinator their promises to renew, drafts next year's into the
 * same form, and "Skapa löftet" creates it linked to last year's, commitment by commitment.
 */
@CommandServiceTest
@AutoConfigureMockMvc
class RenewalPageTest {

    private static final String PAGE = "/report/promises/draft";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EventStoreRows events;

    @Test
    void aCoordinatorRenewsTheirPromiseOnThePageAndTheRenewalCarriesLastYearsCommitmentsOn() throws Exception {
        String lastYear = promiseOf2025();

        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(content().string(containsString(PAGE + "/renewal/" + lastYear)));
        String page = mvc.perform(get(PAGE + "/renewal/" + lastYear).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förnyar löftet " + lastYear)))
                .andExpect(content().string(containsString("För vidare " + lastYear + "-6.2.")))
                .andReturn().getResponse().getContentAsString();
        HtmlForm form = HtmlForm.of(page, PAGE + "/confirm");
        assertThat(form.value("year")).isEqualTo("2026");
        assertThat(form.value("commitments[0].targets[0].dueOn")).isEqualTo("2026-06-30");
        String next = lastYear + "-2026";

        mvc.perform(form.set("promiseId", next).post().with(coordinator()).with(csrf())).andExpect(status().isFound());

        StoredEvent created = events.of(next).get(0);
        assertThat(created.payload().path("predecessorId").asText()).isEqualTo(lastYear);
        assertThat(events.of(next + "-6.2").get(0).payload().path("predecessorId").asText()).isEqualTo(lastYear + "-6.2");
        mvc.perform(get(PAGE + "/renewal/" + lastYear).with(coordinator()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Löftet " + lastYear + " är redan förnyat.")));
    }

    @Test
    void anotherMunicipalitysCoordinatorIsNotOfferedThePromiseAndMayNotRenewIt() throws Exception {
        String lastYear = promiseOf2025();

        mvc.perform(get(PAGE).with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(PAGE + "/renewal/" + lastYear))));
        mvc.perform(get(PAGE + "/renewal/" + lastYear).with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("förnyas bara av dess egna samordnare")));
    }

    /** Västervik's 2025 promise with a count and a deadline, as its coordinator creates it through the API. */
    private String promiseOf2025() throws Exception {
        String promiseId = "page-renew-" + UUID.randomUUID();
        api("/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte 2025","policeArea":"LPO Västervik",
                 "municipality":"Västerviks kommun","policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":[{"code":"1","name":"Gäng"},{"code":"6","name":"Platser"}]}""".formatted(promiseId));
        api("/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-1.2","code":"1.2","priorityArea":"1","responsible":["MUNICIPALITY"],
                 "text":"En förstudie under våren 2025.",
                 "targets":[{"type":"DEADLINE","milestone":"förstudie klar","dueOn":"2025-06-30"}]}""".formatted(promiseId));
        api("/api/promises/" + promiseId + "/commitments", """
                {"commitmentId":"%s-6.2","code":"6.2","priorityArea":"6","responsible":["POLICE"],
                 "text":"Minst hundra platsbesök.",
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT"},"atLeast":100}]}""".formatted(promiseId));
        return promiseId;
    }

    private void api(String path, String body) throws Exception {
        mvc.perform(post(path).with(httpBasic("samordnare", "samordnare")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is2xxSuccessful());
    }

    private RequestPostProcessor coordinator() {
        return user(users.loadUserByUsername("samordnare"));
    }
}
