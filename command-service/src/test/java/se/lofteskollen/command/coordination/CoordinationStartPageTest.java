package se.lofteskollen.command.coordination;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.command.testing.CommandServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coordinator's start page: their promises only, and a chosen one's commitments with the forms each takes. */
@CommandServiceTest
@AutoConfigureMockMvc
class CoordinationStartPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aCoordinatorSeesTheirPromisesAndAChosenOnesCommitmentsWithTheFormsEachTakes() throws Exception {
        Arranged promise = Arranged.promise(mvc);

        mvc.perform(get("/report/coordinate").with(user(users.loadUserByUsername("samordnare"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/report/coordinate?lofte=vastervik-2025")))
                .andExpect(content().string(containsString("/report/coordinate?lofte=" + promise.promiseId)));
        String page = mvc.perform(get("/report/coordinate?lofte=" + promise.promiseId)
                        .with(user(users.loadUserByUsername("samordnare"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inte undertecknat ännu")))
                .andReturn().getResponse().getContentAsString();

        String at = "/report/coordinate/commitments/";
        assertThat(page).contains(at + promise.commitment("1.2") + "/milestone")
                .doesNotContain(at + promise.commitment("6.2") + "/milestone")
                .contains(at + promise.commitment("4.1") + "/baseline")
                .doesNotContain(at + promise.commitment("1.2") + "/baseline")
                .contains(at + promise.commitment("6.2") + "/revise", at + promise.commitment("6.2") + "/withdraw",
                        at + promise.commitment("6.2") + "/note")
                .contains("/report/coordinate/promises/" + promise.promiseId + "/sign",
                        "/report/coordinate/promises/" + promise.promiseId + "/pledge",
                        "/report/coordinate/promises/" + promise.promiseId + "/retract",
                        "/report/coordinate/promises/" + promise.promiseId + "/close")
                .contains("Delmålet ”förstudie klar” senast 2025-06-30", "Minst 100 platsbesök under året",
                        "Fler medborgardialoger än året innan (utgångsvärde saknas)")
                .contains("<span class=\"sr\"> åtagande 6.2</span>");
    }

    @Test
    void aCoordinatorWhoAsksInEnglishIsAnsweredInEnglish() throws Exception {
        Arranged promise = Arranged.promise(mvc);

        String page = mvc.perform(get("/report/coordinate").param("lofte", promise.promiseId).param("lang", "en")
                        .with(user(users.loadUserByUsername("samordnare"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\"", "<h1>Coordinate citizens", "Not signed yet", "New commitment",
                        "The milestone “förstudie klar” by 2025-06-30", "At least 100 place visits during the year",
                        "More citizen dialogues than the year before (baseline missing)",
                        "<span class=\"sr\"> commitment 6.2</span>")
                .doesNotContain("??", "Inte undertecknat", "Nytt åtagande");
    }

    @Test
    void anotherMunicipalitysCoordinatorIsNeitherShownNorToldOfVastervik() throws Exception {
        mvc.perform(get("/report/coordinate").with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("vastervik-2025"))));
        mvc.perform(get("/report/coordinate?lofte=vastervik-2025").with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Det finns inget löfte vastervik-2025 som du samordnar.")));
        mvc.perform(get("/report/coordinate/promises/vastervik-2025/sign").with(user(users.loadUserByUsername("hultsfred"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void reportersAndManagementGetTheNotCoordinatorPage() throws Exception {
        for (String who : new String[]{"polis", "ledning"}) {
            mvc.perform(get("/report/coordinate").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Din roll skapar inte medborgarlöften och samordnar dem inte.")));
        }
    }

    @Test
    void theReportFormLeadsACoordinatorHere() throws Exception {
        mvc.perform(get("/report").with(user(users.loadUserByUsername("samordnare"))))
                .andExpect(content().string(containsString("href=\"/report/coordinate\"")));
        mvc.perform(get("/report").with(user(users.loadUserByUsername("polis"))))
                .andExpect(content().string(not(containsString("href=\"/report/coordinate\""))));
    }
}
