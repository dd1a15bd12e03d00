package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.system.browser.Api.commitment;

/** The citizens' page, as anyone on the internet sees it: no login, no staff names, no internal notes. */
class CitizenPageTest extends InTheBrowser {

    static final String PROBLEM_PICTURE = "Langning bakom kiosken vid Skeppsbron";
    static final String MEASURES = "Kontroll av kända personer vid kiosken";
    static final String MEETING_NOTE = "Gemensam bild av nätverket kring hamnen";
    static final String STATUS_NOTE = "Fotpatrull planerad med kommunens fältare";
    static final String MILESTONE_NOTE = "Förstudien lämnad till kommunstyrelsen";
    static final String RETRACTION_REASON = "Registrerad på fel löfte";

    static long position;

    @BeforeAll
    static void staffReportWithNotes() {
        api.send("polis", "/api/place-visits", Map.of("commitmentId", commitment("6.2"),
                "place", Map.of("name", "Skeppsbron", "area", "Centrum"), "visitedOn", "2025-11-03",
                "problemPicture", PROBLEM_PICTURE, "measures", MEASURES));
        api.send("polis", "/api/meetings", Map.of("network", "TISTEL", "heldOn", "2025-11-04",
                "commitmentIds", List.of(commitment("1.1"), commitment("5.2")), "participants", 8, "notes", MEETING_NOTE));
        api.send("polis", "/api/commitments/" + commitment("6.3") + "/notes", Map.of("note", STATUS_NOTE));
        api.send("kommun", "/api/commitments/" + commitment("5.1") + "/milestones", Map.of(
                "milestone", "Förstudien om arbetet mot välfärdsbrott klar", "reachedOn", "2025-05-20", "notes", MILESTONE_NOTE));
        JsonNode mistaken = services.commandApi("polis").post().uri("/api/activities")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "FOOT_PATROL", "commitmentIds", List.of(commitment("6.3")), "occurredOn", "2025-11-05"))
                .retrieve().body(JsonNode.class);
        position = api.send("polis", "/api/reports/" + mistaken.get("id").asText() + "/retraction",
                Map.of("reason", RETRACTION_REASON));
    }

    @Test
    void aCitizenSeesThePromiseAndTheProgressCountsButNoStaffNameOrNote() {
        JsonNode progress = api.progress(position, "");
        int placeVisits = counter(progress, "COUNT:PLACE_VISIT");
        int tistel = counter(progress, "COUNT:MEETING:TISTEL");
        browser = Chromium.open(1280, 900);
        WebDriver driver = browser.driver();

        driver.get(services.queryUrl() + "/");
        driver.findElement(By.cssSelector("a[href='/public/promises/vastervik-2025']")).click();

        Pages.waitFor(driver, ExpectedConditions.urlToBe(services.queryUrl() + "/public/promises/vastervik-2025"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Medborgarlöfte 2025 — Lokalpolisområde Västervik och Västerviks kommun");
        String page = Pages.text(driver);
        assertThat(page)
                .contains("Löftet undertecknades 27 januari 2025 av")
                .contains("Sofia Karlsson, Lokalpolisområdeschef (Polisen)")
                .contains("Harald Hjalmarsson, Kommunalråd (Kommunen)")
                .contains("Tistel har träffats " + tistel + " av 4 gånger")
                .contains(placeVisits + " av 100 platsbesök")
                .contains("6. Brottskoncentrationer kopplade till tider och platser")
                .contains("Polisen ska ha hög synlighet genom minst hundra platsbesök på ett år")
                .contains("Klart 20 maj 2025: Förstudien om arbetet mot välfärdsbrott klar");
        assertThat(driver.findElement(By.id("delmal-lista")).getText())
                .isEqualTo("20 maj 2025 · 5.1 Förstudien om arbetet mot välfärdsbrott klar");
        assertThat(tistel).isPositive();
        browser.screenshot("public-page");

        String html = driver.getPageSource();
        for (String internal : List.of(PROBLEM_PICTURE, MEASURES, MEETING_NOTE, STATUS_NOTE, MILESTONE_NOTE,
                RETRACTION_REASON, "Skeppsbron", "Kommunpolisen", "Kommunens samordnare", "Samordnaren", "Ledningen")) {
            assertThat(page).as("the page shows no %s", internal).doesNotContain(internal);
            assertThat(html).as("the page's HTML holds no %s", internal).doesNotContain(internal);
        }
        // The built-in users' ids as whole words; not "kommun", which the promise's own text uses ("En kommun fri från våld").
        for (String userId : List.of("polis", "samordnare", "ledning")) {
            assertThat(Pattern.compile("\\b" + userId + "\\b").matcher(html).find()).as("user id %s", userId).isFalse();
        }
    }

    @Test
    void theCitizensPageNeedsNoLoginAndAnUnknownPromiseIsASwedishPage() {
        browser = Chromium.open(1280, 900);
        WebDriver driver = browser.driver();

        driver.get(services.queryUrl() + "/public/promises/vastervik-1999");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
    }

    private static int counter(JsonNode progress, String keyPrefix) {
        for (JsonNode counter : progress.get("headline")) {
            if (counter.get("key").asText().startsWith(keyPrefix)) {
                return counter.get("achieved").asInt();
            }
        }
        throw new AssertionError("no headline counter " + keyPrefix);
    }
}
