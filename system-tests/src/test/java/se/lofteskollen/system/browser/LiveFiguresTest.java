package se.lofteskollen.system.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.system.browser.Api.commitment;

/**
 * A page left open follows the reports: a place visit sent through the API shows on it within a second or two, by the
 * page's own script (the promise's progress stream, then the page fetched again), without a reload. Each test reports
 * on a place and day of its own and compares the figure before and after.
 */
class LiveFiguresTest extends InTheBrowser {

    /** From the API's answer to the figure on the page: the report is projected, told, and the page fetched again. */
    private static final Duration A_SECOND_OR_TWO = Duration.ofSeconds(2);
    private static final Pattern PLACE_VISITS = Pattern.compile("(\\d+) av 100");

    @Test
    void theDashboardLeftOpenShowsAReportPostedThroughTheApiWithoutAReload() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        Pages.logIn(driver, services.queryUrl(), "/dashboard", "ledning");
        assertThat(driver.getCurrentUrl()).isEqualTo(services.queryUrl() + "/dashboard/vastervik-2025");
        WebElement counters = driver.findElement(By.cssSelector("ul.counters"));
        assertThat(counters.getAttribute("aria-live")).as("announced politely").isEqualTo("polite");
        int before = placeVisits(counter(driver, "Platsbesök"));
        markThePage(driver);
        browser.screenshot("live-dashboard-before");

        reportAVisit("Livetorget", "2025-05-05");

        String after = waitForAChange(driver, page -> counter(page, "Platsbesök"), before + " av 100");
        assertThat(placeVisits(after)).isEqualTo(before + 1);
        assertThat(driver.findElement(By.cssSelector("tr[data-code='6.2']")).getText())
                .contains((before + 1) + " av 100 platsbesök");
        assertThat(stillTheSamePage(driver)).as("no reload").isTrue();
        browser.screenshot("live-dashboard-after");
    }

    @Test
    void thePublicPageLeftOpenShowsAReportToAnyoneWithoutAReload() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        driver.get(services.queryUrl() + "/public/promises/vastervik-2025");
        String before = visitsLine(driver);
        markThePage(driver);

        reportAVisit("Livegatan", "2025-05-06");

        String after = waitForAChange(driver, LiveFiguresTest::visitsLine, before);
        assertThat(placeVisits(after)).isEqualTo(placeVisits(before) + 1);
        assertThat(stillTheSamePage(driver)).as("no reload").isTrue();
        browser.screenshot("live-public-page-after");
    }

    private static void reportAVisit(String place, String day) {
        api.send("polis", "/api/place-visits", Map.of("commitmentId", commitment("6.2"),
                "place", Map.of("name", place, "area", "Centrum"), "visitedOn", day, "measures", "Synlig närvaro"));
    }

    private static String waitForAChange(WebDriver driver, Function<WebDriver, String> figure, String before) {
        return new WebDriverWait(driver, A_SECOND_OR_TWO, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the figure still read \"" + before + "\" " + A_SECOND_OR_TWO.toSeconds() + " s after the report")
                .until(page -> {
                    String now = figure.apply(page);
                    return now.equals(before) ? null : now;
                });
    }

    /** A mark that a reload would wipe out. */
    private static void markThePage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.lofteskollenSammaSida = true;");
    }

    private static boolean stillTheSamePage(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.lofteskollenSammaSida === true;"));
    }

    private static int placeVisits(String text) {
        Matcher figure = PLACE_VISITS.matcher(text);
        assertThat(figure.find()).as(text).isTrue();
        return Integer.parseInt(figure.group(1));
    }

    /** The public page's headline line of place visits ("… 64 av 100 …"). */
    private static String visitsLine(WebDriver driver) {
        for (WebElement line : driver.findElements(By.cssSelector("ul.counters li"))) {
            if (line.getText().contains("platsbesök")) {
                return line.getText();
            }
        }
        throw new AssertionError("no headline of place visits");
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
