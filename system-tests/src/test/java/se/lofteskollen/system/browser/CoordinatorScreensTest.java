package se.lofteskollen.system.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator works a promise of their own through the screens in a real browser: revises a commitment (told by the
 * reason's field first, when the reason is left out), reports its milestone reached and retracts a report on it; then
 * the commitment's page on the dashboard tells all three in its history, with who and why.
 */
class CoordinatorScreensTest extends InTheBrowser {

    static final String PROMISE = "webb-samordna-" + UUID.randomUUID().toString().substring(0, 8);
    static final String COMMITMENT = PROMISE + "-6.2";
    static final String PLACE = "Hamnplanen " + UUID.randomUUID().toString().substring(0, 8);
    static String reportId;

    @BeforeAll
    static void aPromiseWithAReportToRetract() {
        api.send("samordnare", "/api/promises", Map.of("promiseId", PROMISE, "year", 2025,
                "title", "Medborgarlöfte 2025 för webbprovet", "policeArea", "LPO Västervik",
                "municipality", "Västerviks kommun", "policeRegion", "Polisregion Öst", "county", "Kalmar län",
                "priorityAreas", List.of(Map.of("code", "6", "name", "Platser"))));
        api.send("samordnare", "/api/promises/" + PROMISE + "/commitments", Map.of("code", "6.2", "priorityArea", "6",
                "responsible", List.of("POLICE"), "text", "Polisen ska göra minst hundra platsbesök och ta fram en platslista.",
                "targets", List.of(Map.of("type", "COUNT", "measure", Map.of("report", "PLACE_VISIT"), "atLeast", 100),
                        Map.of("type", "DEADLINE", "milestone", "platslista klar", "dueOn", "2025-06-30"))));
        reportId = services.commandApi("polis").post().uri("/api/place-visits")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("commitmentId", COMMITMENT, "place", Map.of("name", PLACE), "visitedOn", "2025-05-12",
                        "measures", "Synlig närvaro"))
                .retrieve().body(com.fasterxml.jackson.databind.JsonNode.class).get("id").asText();
    }

    @Test
    void aCoordinatorRevisesReachesAMilestoneAndRetractsAReportAndTheHistoryTellsAllThreeWithWhoAndWhy() {
        browser = Chromium.open(1280, 900);
        WebDriver driver = browser.driver();
        Pages.logIn(driver, services.commandUrl(), "/report/coordinate?lofte=" + PROMISE, "samordnare");
        assertThat(driver.findElement(By.id("valt-lofte")).getText()).isEqualTo("Medborgarlöfte 2025 för webbprovet");
        browser.screenshot("coordinate-start");

        // Revise: first without the reason, which the rule asks for by its field; what was typed stays.
        link(driver, "/commitments/" + COMMITMENT + "/revise").click();
        Pages.type(driver, "text", "Polisen ska göra minst 120 platsbesök och ta fram en platslista.");
        Pages.type(driver, "t0-atLeast", "120");
        assertThat(driver.findElement(By.cssSelector("label[for=text]")).getText()).contains("Visas på den öppna sidan");
        Pages.send(driver);
        WebElement reasonError = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("reason-error")));
        assertThat(reasonError.getText()).isEqualTo("Skriv varför åtagandet ändras.");
        assertThat(driver.findElement(By.id("reason")).getAttribute("aria-describedby")).contains("reason-error");
        assertThat(driver.findElement(By.id("t0-atLeast")).getAttribute("value")).isEqualTo("120");
        browser.screenshot("coordinate-revise-refused");
        Pages.type(driver, "reason", "Styrgruppen höjde målet i maj");
        Pages.send(driver);
        confirmed(driver, "Ändringen av 6.2 är sparad.");

        // The milestone, on a day in the promise year, with a note for the staff.
        link(driver, "/commitments/" + COMMITMENT + "/milestone").click();
        Pages.pick(driver, "milestone", "platslista klar");
        Pages.setDate(driver, "reachedOn", "2025-06-20");
        Pages.type(driver, "notes", "Listan antogs av styrgruppen");
        browser.screenshot("coordinate-milestone");
        Pages.send(driver);
        confirmed(driver, "Delmålet ”platslista klar” i 6.2 är sparat som nått.");

        // The report, by the id its reporter was answered with (the list to find it in is on the query-service).
        link(driver, "/promises/" + PROMISE + "/retract").click();
        Pages.type(driver, "reportId", reportId);
        Pages.type(driver, "reason", "Dubbelregistrerad, samma besök som dagen före");
        browser.screenshot("coordinate-retract");
        Pages.send(driver);
        long position = Long.parseLong(confirmed(driver, "Rapporten är återkallad.").getAttribute("data-position"));

        api.commitmentDetailOf(COMMITMENT, position);
        driver.get(services.queryUrl() + "/dashboard/commitments/" + COMMITMENT);
        WebElement history = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.history")));
        browser.screenshot("coordinate-history");
        String revised = row(history, "Löftet ändrades");
        assertThat(revised).contains("Samordnaren").contains("Styrgruppen höjde målet i maj").contains("120");
        String reached = row(history, "Delmål nått");
        assertThat(reached).contains("Samordnaren").contains("platslista klar, nått 2025-06-20")
                .contains("Listan antogs av styrgruppen");
        String retracted = row(history, "Rapport återkallad");
        assertThat(retracted).contains("Samordnaren").contains("Dubbelregistrerad, samma besök som dagen före");
        assertThat(driver.findElement(By.cssSelector("table.reports")).getText()).contains("Återkallad");
    }

    private static WebElement link(WebDriver driver, String pathEnd) {
        return driver.findElement(By.cssSelector("a[href$='" + pathEnd + "']"));
    }

    /** The start page's confirmation, once the post has led back to it. */
    private static WebElement confirmed(WebDriver driver, String message) {
        WebElement confirmation = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        assertThat(confirmation.getText()).contains(message);
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the window").isLessThanOrEqualTo(1280L);
        return confirmation;
    }

    /** The text of the history's one row of this kind of change. */
    private static String row(WebElement history, String what) {
        List<String> rows = history.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(what)).toList();
        assertThat(rows).as(what).hasSize(1);
        return rows.get(0);
    }
}
