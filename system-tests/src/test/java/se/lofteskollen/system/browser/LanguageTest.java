package se.lofteskollen.system.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swedish first, English on request: a reader switches with the link in the header and the choice holds on the next
 * page, on both services, until they switch back; a browser that asks for English gets it from the first page.
 */
class LanguageTest extends InTheBrowser {

    @Test
    void aReaderSwitchesToEnglishKeepsItFromPageToPageAndSwitchesBack() {
        browser = Chromium.open(1280, 900);
        WebDriver driver = browser.driver();

        driver.get(services.queryUrl() + "/public/promises/vastervik-2025");
        assertThat(language(driver)).isEqualTo("sv");
        assertThat(footer(driver)).contains("Tillgänglighet");

        switchTo(driver, "English");
        assertThat(language(driver)).isEqualTo("en");
        assertThat(driver.getCurrentUrl()).endsWith("/public/promises/vastervik-2025?lang=en");
        assertThat(footer(driver)).contains("Accessibility");
        assertThat(driver.getPageSource()).doesNotContain("??");
        browser.screenshot("public-page-english");

        driver.get(services.queryUrl() + "/tillganglighet");
        assertThat(language(driver)).as("remembered without the parameter").isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accessibility of Löfteskollen");

        Pages.logIn(driver, services.queryUrl(), "/dashboard", "ledning");
        assertThat(language(driver)).as("through the sign-in").isEqualTo("en");
        assertThat(driver.getPageSource()).doesNotContain("??");
        browser.screenshot("dashboard-english");

        switchTo(driver, "Svenska");
        assertThat(language(driver)).isEqualTo("sv");
        driver.get(services.queryUrl() + "/tillganglighet");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tillgänglighet för Löfteskollen");
    }

    @Test
    void aBrowserThatAsksForEnglishGetsEnglishOnBothServices() {
        browser = Chromium.speaking("en-GB,en", 1280, 900);
        WebDriver driver = browser.driver();

        driver.get(services.queryUrl() + "/");
        assertThat(language(driver)).isEqualTo("en");
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        assertThat(language(driver)).isEqualTo("en");
        assertThat(driver.getPageSource()).doesNotContain("??");
        browser.screenshot("report-form-english");
    }

    private static String language(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String footer(WebDriver driver) {
        return driver.findElement(By.cssSelector("footer")).getText();
    }

    private static void switchTo(WebDriver driver, String label) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.linkText(label)).click();
        Pages.waitFor(driver, ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }
}
