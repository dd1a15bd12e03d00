package se.lofteskollen.query.publicpage;

import org.junit.jupiter.api.Test;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The citizens' page from the read models: open to anyone, counts and statuses in Swedish, nobody's name or note. */
class CitizenPageTest extends QueryServiceTest {

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");
    }

    @Test
    void anyoneSeesWhatWasPromisedAndWhatCameOfIt() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("citizens-2025"));

        String html = page("/public/promises/" + promise.promiseId);

        assertThat(html).contains("<html lang=\"sv\"")
                .contains("Sofia Karlsson").contains("Lokalpolisområdeschef")
                .contains("Läget den 31 december 2025")
                // three Tistel meetings; 40 visits less the retracted one, against the revised target of 80
                .contains("Tistel har träffats 3 av 4 gånger")
                .contains("39 av 80 platsbesök")
                .contains("Lägesbilder 26 av 53 veckor")
                .contains("Klart 15 juni 2025: pre-study on welfare crime done")
                .contains("15 juni 2025 · 5.1 pre-study on welfare crime done")
                .contains("Löftet har återkallats: ingår i 7.1 från augusti")
                .contains("13 medborgardialoger hittills i år, mot 12 hela året före");
        for (String internal : List.of("Kommunpolisen", "Kommunens samordnare", "Samordnaren", "ordningsstörningar",
                "fotpatrull", "rapport till KS", "Importen av polisanmälningar är försenad", "dubbelregistrerat",
                "resurser flyttade till sommarinsatsen", "Stora torget")) {
            assertThat(html).as("no %s on the public page", internal).doesNotContain(internal);
        }
    }

    @Test
    void aReaderWhoAsksForEnglishGetsThePageInEnglishWithWhatPeopleWroteAsWritten() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("citizens-en-2025"));

        String html = mvc.perform(get("/public/promises/{id}", promise.promiseId).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");

        assertThat(html).contains("<html lang=\"en\"")
                .contains(">Signed</h2>")
                .contains("Progress as of ")
                .contains(">Milestones reached</h2>")
                .contains("(<span>Police</span>)")
                .contains("The commitment has been withdrawn: ingår i 7.1 från augusti")
                .contains("Staff: sign in")
                .doesNotContain("??")
                .doesNotContain("Läget den").doesNotContain("Personal: logga in").doesNotContain("Undertecknat");
    }

    @Test
    void otherYearsAreTheSameMunicipalitysSignedPromisesOnly() throws Exception {
        String municipality = id("Byköping");
        String earlier = years(municipality, 2022, true);
        String current = years(municipality, 2023, true);
        String draft = years(municipality, 2024, false);
        String elsewhere = years(id("Annanstad"), 2022, true);
        feed().awaitProjections();

        String html = page("/public/promises/" + current);
        String english = page("/public/promises/" + current + "?lang=en");

        assertThat(english).contains(">Other years</h2>").contains(">Citizens' promise 2022</a>");
        assertThat(html).contains(">Andra år</h2>").contains(">Medborgarlöfte 2022</a>")
                .contains("/public/promises/" + earlier).doesNotContain("/public/promises/" + draft)
                .doesNotContain("/public/promises/" + elsewhere);
    }

    private String years(String municipality, int year, boolean signed) {
        String promiseId = id(municipality.replace('ö', 'o').toLowerCase() + "-" + year);
        feed().publish(Promises.created(promiseId, year, "Medborgarlöfte " + year, "LPO", municipality));
        if (signed) {
            feed().publish(new PromiseSigned(promiseId, LocalDate.of(year, 1, 20), List.of()));
        }
        return promiseId;
    }

    @Test
    void anUnknownPromiseIsASwedishPageThatSaysSo() throws Exception {
        String html = mvc.perform(get("/public/promises/{id}", id("never")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Sidan finns inte");
    }
}
