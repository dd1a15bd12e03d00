package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.system.browser.Api.commitment;

/**
 * The management dashboard in a browser, on a date in the spring that no other browser test reports on: 6.2 has
 * visits on 3 and 17 February, 10 March and 14 April; the one of 17 February is retracted.
 */
class DashboardTest extends InTheBrowser {

    static Instant beforeTheRetraction;

    @BeforeAll
    static void visitsInTheSpring() throws InterruptedException {
        String retracted = null;
        for (String day : List.of("2025-02-03", "2025-02-17", "2025-03-10", "2025-04-14")) {
            JsonNode accepted = services.commandApi("polis").post().uri("/api/place-visits").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("commitmentId", commitment("6.2"), "place", Map.of("name", "Vårtorget " + day),
                            "visitedOn", day, "measures", "Synlig närvaro"))
                    .retrieve().body(JsonNode.class);
            if (day.equals("2025-02-17")) {
                retracted = accepted.get("id").asText();
            }
        }
        beforeTheRetraction = Instant.now();
        Thread.sleep(5);
        long position = api.send("polis", "/api/reports/" + retracted + "/retraction", Map.of("reason", "Dubbelregistrerad"));
        api.progress(position, "");
        api.commitmentDetail("6.2", position);
    }

    @Test
    void theDashboardShowsTheFiguresAsOfAChosenPastDate() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        driver.get(services.queryUrl() + "/dashboard");
        assertThat(driver.getCurrentUrl()).as("the dashboard is for signed-in users")
                .startsWith(Deployment.identityProviderUrl() + "/login");
        Pages.logIn(driver, services.queryUrl(), "/dashboard", "ledning");
        assertThat(driver.getCurrentUrl()).isEqualTo(services.queryUrl() + "/dashboard/vastervik-2025");
        assertThat(driver.findElement(By.cssSelector("header .signout")).getText()).contains("Inloggad som Ledningen");

        Pages.setDate(driver, "asOf", "2025-03-31");
        driver.findElement(By.cssSelector("form.cut button[type=submit]")).click();
        Pages.waitFor(driver, ExpectedConditions.urlContains("asOf=2025-03-31"));

        assertThat(driver.findElement(By.id("lage")).getText()).startsWith("Läge per 31 mars 2025 (dag 90 av 365)");
        assertThat(counter(driver, "Platsbesök")).isEqualTo("2 av 100");
        WebElement row = driver.findElement(By.cssSelector("tr[data-code='6.2']"));
        // 3 February and 10 March; 17 February was retracted, 14 April is later. floor(100 × 90 / 365) = 24.
        assertThat(row.getText()).contains("2 av 100 platsbesök").contains("24 väntade hittills").contains("Efter plan");
        browser.screenshot("dashboard");

        driver.findElement(By.linkText("Uppföljningsrapport för utskrift")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Uppföljning av medborgarlöfte 2025");
        assertThat(Pages.text(driver)).contains("Läge per 2025-03-31");

        driver.get(services.queryUrl() + "/dashboard/vastervik-2025?asOf=2025-03-31&knownAt=" + beforeTheRetraction);
        assertThat(counter(driver, "Platsbesök")).as("as known before the retraction").isEqualTo("3 av 100");
    }

    @Test
    void aCommitmentsPageShowsWhoReportedWhatAndTheRetractionWithItsReason() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        Pages.logIn(driver, services.queryUrl(), "/dashboard", "ledning");
        driver.get(services.queryUrl() + "/dashboard/vastervik-2025?asOf=2025-03-31");
        driver.findElement(By.cssSelector("tr[data-code='6.2'] a")).click();
        Pages.waitFor(driver, ExpectedConditions.urlContains("/dashboard/commitments/vastervik-2025-6.2"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Löfte 6.2");
        WebElement retracted = driver.findElement(By.cssSelector("table.reports tr.retracted"));
        assertThat(retracted.getText()).contains("2025-02-17").contains("Återkallad")
                .contains("Plats: Vårtorget 2025-02-17").contains("Kommunpolisen (Lokalpolisområde Västervik)")
                .contains("av Kommunpolisen (Lokalpolisområde Västervik): Dubbelregistrerad");
        assertThat(driver.findElement(By.cssSelector("table.reports")).getText())
                .contains("Plats: Vårtorget 2025-04-14");
        String history = driver.findElement(By.cssSelector("table.history")).getText();
        assertThat(history).contains("Löftet lades in").contains("Löfteskollen (systemet)")
                .contains("Platsbesök rapporterat").contains("Kommunpolisen (Lokalpolisområde Västervik, rapportör)")
                .contains("Rapport återkallad").contains("Dubbelregistrerad");
        browser.screenshot("dashboard-commitment");
    }

    private static String counter(WebDriver driver, String label) {
        for (WebElement counter : driver.findElements(By.cssSelector(".counter"))) {
            if (counter.findElement(By.cssSelector(".label")).getText().equals(label)) {
                return counter.findElement(By.cssSelector(".figure")).getText();
            }
        }
        throw new AssertionError("no counter " + label);
    }
}
