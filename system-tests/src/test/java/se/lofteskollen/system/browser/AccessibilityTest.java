package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of both services, as the people who use it see it, checked by axe-core against WCAG 2.1 AA: no serious
 * or critical violation anywhere, every page's footer leads to the accessibility statement, and the statement says
 * what lag (2018:1937) asks of it. Screenshots of each page under target/screenshots/accessibility-*.
 */
class AccessibilityTest extends InTheBrowser {

    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void axeIsThere() {
        Axe.requireInstalled();
    }

    @Test
    void thePagesAnyoneCanOpenHaveNoSeriousViolations() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        check(driver, services.queryUrl() + "/", "front-page");
        check(driver, services.queryUrl() + "/public/promises/vastervik-2025", "public-promise");
        check(driver, services.queryUrl() + "/public/rollup?year=2025", "rollup");
        check(driver, services.queryUrl() + "/public/promises/finns-inte-2025", "not-found");
        check(driver, services.queryUrl() + "/tillganglighet", "statement-query");
        check(driver, services.commandUrl() + "/tillganglighet", "statement-command");

        assertThat(violations).isEmpty();
    }

    @Test
    void theStatementSaysHowAccessibleTheServiceIsWhatIsNotAndWhereToTurn() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        for (String service : List.of(services.queryUrl(), services.commandUrl())) {
            driver.get(service + "/tillganglighet");
            String statement = Pages.text(driver);
            assertThat(statement).contains("Tillgänglighet för Löfteskollen").contains("delvis förenlig")
                    .contains("Vad är inte tillgängligt?").contains("i en annan form").contains("Myndigheten för digital förvaltning");
            assertThat(driver.findElement(By.partialLinkText("anmäla det till Digg")).getAttribute("href"))
                    .startsWith("https://www.digg.se/");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        }
    }

    @Test
    void theStaffsPagesHaveNoSeriousViolations() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        Pages.logIn(driver, services.queryUrl(), "/dashboard", "ledning");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025", "dashboard");
        check(driver, services.queryUrl() + "/dashboard/commitments/" + Api.commitment("6.2"), "dashboard-commitment");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025/uppfoljning", "follow-up-report");
        check(driver, services.queryUrl() + "/dashboard/rapporter", "our-reports");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025/platser", "places");
        check(driver, services.queryUrl() + "/dashboard/commitments/" + Api.commitment("6.1"), "dashboard-strip");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025/rapporter", "promise-reports");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025/andringar", "changes");
        check(driver, services.queryUrl() + "/dashboard/vastervik-2025?lang=en", "dashboard-english");
        browser.close();

        browser = Chromium.phone();
        driver = browser.driver();
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        check(driver, services.commandUrl() + "/report", "report-form");
        check(driver, services.commandUrl() + "/report/promises/draft", "not-coordinator");
        String reportId = services.commandApi("polis").post().uri("/api/place-visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("commitmentId", Api.commitment("6.2"), "place", Map.of("name", "Axe-torget"),
                        "visitedOn", "2025-05-05", "measures", "Synlig närvaro"))
                .retrieve().body(JsonNode.class).get("id").asText();
        check(driver, services.commandUrl() + "/report/reports/" + reportId + "/retract", "retract-report");
        browser.close();

        browser = Chromium.open(1280, 1000);
        driver = browser.driver();
        Pages.logIn(driver, services.commandUrl(), "/report", "samordnare");
        check(driver, services.commandUrl() + "/report/import", "import");
        check(driver, services.commandUrl() + "/report/promises/draft", "draft-start");

        assertThat(violations).isEmpty();
    }

    @Test
    void theCoordinatorsScreensHaveNoSeriousViolationsAlsoWithARefusalShown() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        String coordinate = services.commandUrl() + "/report/coordinate";
        Pages.logIn(driver, services.commandUrl(), "/report/coordinate", "samordnare");
        check(driver, coordinate + "?lofte=vastervik-2025", "coordinate");
        for (String[] form : new String[][]{{"6.2", "revise"}, {"6.2", "withdraw"}, {"6.2", "note"},
                {"4.1", "milestone"}, {"8.1", "baseline"}}) {
            check(driver, coordinate + "/commitments/" + Api.commitment(form[0]) + "/" + form[1], "coordinate-" + form[1]);
        }
        for (String form : List.of("pledge", "sign", "retract", "close")) {
            check(driver, coordinate + "/promises/vastervik-2025/" + form, "coordinate-" + form);
        }
        // A refusal by its field (a revision without its reason), which stores nothing.
        driver.get(coordinate + "/commitments/" + Api.commitment("6.2") + "/revise");
        Pages.send(driver);
        Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("reason-error")));
        checkShown(driver, "coordinate-revise-refused");

        assertThat(violations).isEmpty();
    }

    private void check(WebDriver driver, String url, String name) {
        driver.get(url);
        checkShown(driver, name);
    }

    private void checkShown(WebDriver driver, String name) {
        String url = driver.getCurrentUrl();
        browser.screenshot("accessibility-" + name);
        Axe.seriousViolations(driver).forEach(violation -> violations.add(name + ": " + violation));
        if (!url.endsWith("/tillganglighet") && !name.equals("follow-up-report")) {
            assertThat(driver.findElements(By.cssSelector("footer a[href$='/tillganglighet']")))
                    .as("the footer of " + name + " leads to the accessibility statement").isNotEmpty();
        }
    }
}
