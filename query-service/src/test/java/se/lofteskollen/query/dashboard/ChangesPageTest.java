package se.lofteskollen.query.dashboard;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A promise's changes ("Ändringar") and its reports, for its readers: the mini promise of the tests has some ninety
 * changes (pledges, reports, a milestone, a note, a baseline, a retraction, a revision, a withdrawal).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesPageTest extends QueryServiceTest {

    @Autowired
    UserDetailsService users;

    MiniPromise promise;

    @BeforeAll
    void promise() {
        promise = new MiniPromise(feed(), id("changes-2025"));
    }

    private String page(String path, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(path, promise.promiseId).with(user(users.loadUserByUsername("ledning")));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The list itself, without the choices of the form above it (which name every kind of change). */
    private String list(String path, String... parameters) throws Exception {
        String page = page(path, parameters);
        return page.contains("<table") ? page.substring(page.indexOf("<table")) : page;
    }

    @Test
    void theChangesAreListedNewestFirstFiftyAPageWithWhoWhatAndWhy() throws Exception {
        String first = list("/dashboard/{id}/andringar");

        assertThat(page("/dashboard/{id}/andringar")).contains("Ändringar: Medborgarlöfte 2025");
        assertThat(first).contains("Sida 1 av 2").contains("Äldre →")
                .doesNotContain("← Nyare");
        assertThat(first.indexOf("Löftet återkallades")).as("the withdrawal of 1 August before the revision of 10 July")
                .isLessThan(first.indexOf("Löftet ändrades"));
        assertThat(first).contains("ingår i 7.1 från augusti").contains("resurser flyttade till sommarinsatsen")
                .contains("Samordnaren");
        String second = list("/dashboard/{id}/andringar", "sida", "2");
        assertThat(second).contains("Sida 2 av 2").contains("← Nyare").contains("Löftet skapades")
                .doesNotContain("Äldre →");
    }

    @Test
    void theChangesAreNarrowedByKindBySearchAndByDays() throws Exception {
        String milestones = list("/dashboard/{id}/andringar", "slag", "MILESTONE_REACHED");
        assertThat(milestones).contains("Delmål nått").contains("rapport till KS").doesNotContain("Platsbesök rapporterat")
                .contains("Sida 1 av 1, 1 ändringar");

        String byReason = page("/dashboard/{id}/andringar", "sok", "DUBBELREGISTRERAT");
        assertThat(byReason).contains("Rapport återkallad").contains("Sida 1 av 1, 1 ändringar");

        String byCommitment = list("/dashboard/{id}/andringar", "sok", "8.1", "fran", "2025-07-01", "till", "2025-07-31");
        assertThat(byCommitment).contains("Utgångsvärde sattes").doesNotContain("Aktivitet rapporterad")
                .contains("Sida 1 av 1, 1 ändringar");

        String nothing = page("/dashboard/{id}/andringar", "sok", "100%_ingenting");
        assertThat(nothing).contains("Inga ändringar matchar.");

        String unreadable = page("/dashboard/{id}/andringar", "fran", "första maj");
        assertThat(unreadable).contains("Datumet ”första maj” gick inte att läsa");
    }

    @Test
    void theChangesInEnglish() throws Exception {
        String english = page("/dashboard/{id}/andringar", "lang", "en", "slag", "COMMITMENT_WITHDRAWN");

        assertThat(english).contains("lang=\"en\"").contains("Changes: Medborgarlöfte 2025").doesNotContain("??");
    }

    @Test
    void everyReportOfThePromiseWhoeverMadeItLeadsToItsRetraction() throws Exception {
        String reports = page("/dashboard/{id}/rapporter", "sok", "6.1");

        assertThat(reports).contains("Rapporter: Medborgarlöfte 2025").contains("Kommunens samordnare")
                .contains("href=\"http://command.example/report/reports/" + promise.promiseId + "-picture-2025-06-27/retract\"");
        String visits = page("/dashboard/{id}/rapporter", "sok", "Resecentrum");
        assertThat(visits).contains("Kommunpolisen").contains("Återkallad av Kommunpolisen: dubbelregistrerat");
    }
}
