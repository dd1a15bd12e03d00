package se.lofteskollen.query.publicpage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizens' front page lists the signed promises of this year, searchable by municipality. A context of its own
 * (a database of its own, and a clock the test sets), so that "exactly these promises" and "no promise at all" hold
 * whatever other test classes feed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontPageTest extends QueryServiceTest {

    private static final String VASTERVIK = "front-vastervik-2031";
    private static final String OREBRO = "front-orebro-2031";
    private static final String VASTERAS_UNSIGNED = "front-vasteras-2031";
    private static final String VASTERVIK_LAST_YEAR = "front-vastervik-2030";
    private static final Pattern LINK = Pattern.compile("href=\"/public/promises/([^\"]+)\"");

    private static boolean signedPromisesFed;

    @TestConfiguration
    static class TodayAsTheTestSaysIt {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    /** The service's clock, set by each test: "this year" is the year the test says. */
    static final class SettableClock extends Clock {

        private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
        private volatile Instant now = Instant.parse("2031-05-04T10:00:00Z");

        void setToday(LocalDate day) {
            now = day.atTime(12, 0).atZone(STOCKHOLM).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return STOCKHOLM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    private SettableClock clock;

    @BeforeEach
    void thisYearIs2031() {
        clock.setToday(LocalDate.of(2031, 5, 4));
    }

    @Test
    @Order(1)
    void withoutASignedPromiseTheFrontDoorSaysThereIsNoneYet() throws Exception {
        feed().publish(created(VASTERAS_UNSIGNED, 2031, "Västerås stad", "Lokalpolisområde Västerås",
                "Polisregion Mitt", "Västmanlands län"));
        feed().awaitProjections();

        String html = page("/");

        assertThat(html).contains("Inga medborgarlöften ännu").doesNotContain(VASTERAS_UNSIGNED);
    }

    @Test
    void theFrontPageListsTheSignedPromisesOfThisYearEachLinkedToItsPage() throws Exception {
        theSignedPromises();

        String html = page("/");

        assertThat(links(html)).containsExactlyInAnyOrder(VASTERVIK, OREBRO);
        assertThat(html).contains("<html lang=\"sv\"")
                .contains("<h1>Medborgarlöften 2031</h1>")
                .contains("<h3>Västerviks kommun</h3>")
                .contains("Lokalpolisområde Västervik")
                .contains("Polisregion Öst, Kalmar län")
                .contains(">Medborgarlöfte 2031 Västervik</a>")
                .contains("<dd>27 januari 2031</dd>")
                .contains("<h3>Örebro kommun</h3>")
                .doesNotContain("Västerås stad")
                .doesNotContain("Medborgarlöfte 2030")
                .doesNotContain("id=\"annat-ar\"");
        // Västervik's three commitments less the withdrawn one; Örebro's one.
        assertThat(entry(html, VASTERVIK)).contains(">2 löften</dd>").contains("Polisregion Öst, Kalmar län");
        assertThat(entry(html, OREBRO)).contains(">1 löfte</dd>").doesNotContain("Polisregion");
        assertThat(html.indexOf("Västerviks kommun")).as("Swedish order: V before Ö")
                .isLessThan(html.indexOf("Örebro kommun"));
        for (String person : List.of("Sofia Karlsson", "Harald Hjalmarsson", "Lokalpolisområdeschef", "Kommunalråd",
                "Samordnaren", "samordnare")) {
            assertThat(html).as("no %s on the front page", person).doesNotContain(person);
        }
    }

    @Test
    void aReaderWhoAsksForEnglishGetsTheFrontPageInEnglish() throws Exception {
        theSignedPromises();

        String html = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");
        String searched = mvc.perform(get("/").param("kommun", "Göteborg").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");

        assertThat(html).contains("<html lang=\"en\"")
                .contains("<title>Citizens' promises 2031 – Löfteskollen</title>")
                .contains("<h1>Citizens' promises 2031</h1>")
                .contains("A citizens' promise (medborgarlöfte) is what the police and the municipality promise")
                .contains("<label for=\"kommun\">Search for a municipality</label>")
                .contains("Signed citizens' promises 2031")
                .contains("<dt>Local police area</dt>")
                .contains("<h3>Västerviks kommun</h3>")
                .doesNotContain("??")
                .doesNotContain("Sök kommun").doesNotContain("Följs upp");
        assertThat(entry(html, VASTERVIK)).contains(">2 commitments</dd>");
        assertThat(entry(html, OREBRO)).contains(">1 commitment</dd>");
        assertThat(searched).contains("<html lang=\"en\"")
                .contains("No municipality matching “Göteborg” has a signed citizens' promise for 2031.")
                .doesNotContain("??");
    }

    @Test
    void aSearchNarrowsTheListToTheMunicipalitiesWhoseNameHoldsIt() throws Exception {
        theSignedPromises();

        // Västerås's promise matches "väst" too, but is not signed.
        String vast = search("väst");
        String orebro = search(" ÖREBRO ");
        String none = search("Göteborg");
        String blank = search("");

        assertThat(links(vast)).containsExactly(VASTERVIK);
        assertThat(vast).contains("<label for=\"kommun\">Sök kommun</label>")
                .contains("value=\"väst\"")
                .contains("Kommuner som matchar ”väst”")
                .doesNotContain("_csrf");
        assertThat(links(orebro)).containsExactly(OREBRO);
        assertThat(links(none)).isEmpty();
        assertThat(none).contains("Ingen kommun som matchar ”Göteborg” har ett undertecknat medborgarlöfte för 2031.");
        assertThat(links(blank)).containsExactlyInAnyOrder(VASTERVIK, OREBRO);
    }

    @Test
    void whenThisYearHasNoSignedPromiseThePageShowsTheNewestYearThatHasAndSaysSo() throws Exception {
        theSignedPromises();

        clock.setToday(LocalDate.of(2032, 1, 10));
        String nextYear = page("/");
        String nextYearInEnglish = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");
        clock.setToday(LocalDate.of(2030, 6, 1));
        String lastYear = page("/");

        assertThat(links(nextYear)).containsExactlyInAnyOrder(VASTERVIK, OREBRO);
        assertThat(nextYear).contains("<h1>Medborgarlöften 2031</h1>")
                .contains("Inget medborgarlöfte för 2032 är undertecknat ännu. Här visas 2031, "
                        + "det senaste året med undertecknade medborgarlöften.");
        assertThat(nextYearInEnglish).contains("No citizens' promise for 2032 has been signed yet. Shown here is 2031, "
                + "the latest year with signed citizens' promises.");
        assertThat(links(lastYear)).containsExactly(VASTERVIK_LAST_YEAR);
        assertThat(lastYear).contains("<h1>Medborgarlöften 2030</h1>").doesNotContain("id=\"annat-ar\"");
    }

    private void theSignedPromises() {
        if (signedPromisesFed) {
            return;
        }
        EventFeed feed = feed().by(EventFeed.SAMORDNARE);
        feed.publish(created(VASTERVIK, 2031, "Västerviks kommun", "Lokalpolisområde Västervik", "Polisregion Öst",
                "Kalmar län"));
        signed(VASTERVIK, 2031);
        pledge(VASTERVIK, "1.1");
        pledge(VASTERVIK, "2.1");
        pledge(VASTERVIK, "3.1");
        feed.publish(new CommitmentWithdrawn(VASTERVIK + "-3.1", VASTERVIK, "ingår i 2.1"));
        feed.publish(created(OREBRO, 2031, "Örebro kommun", "Lokalpolisområde Örebro", null, null));
        signed(OREBRO, 2031);
        pledge(OREBRO, "1.1");
        feed.publish(created(VASTERVIK_LAST_YEAR, 2030, "Västerviks kommun", "Lokalpolisområde Västervik",
                "Polisregion Öst", "Kalmar län"));
        signed(VASTERVIK_LAST_YEAR, 2030);
        feed.awaitProjections();
        signedPromisesFed = true;
    }

    private static PromiseCreated created(String promiseId, int year, String municipality, String policeArea,
                                          String policeRegion, String county) {
        String place = policeArea.substring("Lokalpolisområde ".length());
        return new PromiseCreated(promiseId, year, "Medborgarlöfte " + year + " " + place, policeArea, municipality,
                Promises.VASTERVIK_AREAS, List.of(new PromiseParty(Promises.POLICE, policeArea, Promises.POLICE),
                new PromiseParty(Promises.MUNICIPALITY, municipality, Promises.MUNICIPALITY)), policeRegion, county, null);
    }

    private void signed(String promiseId, int year) {
        feed().publish(new PromiseSigned(promiseId, LocalDate.of(year, 1, 27), List.of(
                new Signatory("Sofia Karlsson", "Lokalpolisområdeschef", Party.POLICE),
                new Signatory("Harald Hjalmarsson", "Kommunalråd", Party.MUNICIPALITY))));
    }

    private void pledge(String promiseId, String code) {
        feed().publish(new CommitmentPledged(promiseId + "-" + code, promiseId, code, code.substring(0, 1),
                Set.of(Promises.POLICE), "Löfte " + code, List.<Target>of(), null));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");
    }

    private String search(String municipality) throws Exception {
        return mvc.perform(get("/").param("kommun", municipality)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("&#39;", "'");
    }

    private static List<String> links(String html) {
        Matcher links = LINK.matcher(html);
        return links.results().map(link -> link.group(1)).toList();
    }

    /** The list entry that links to this promise. */
    private static String entry(String html, String promiseId) {
        int link = html.indexOf("href=\"/public/promises/" + promiseId + "\"");
        return html.substring(html.lastIndexOf("<li>", link), html.indexOf("</li>", link));
    }
}
