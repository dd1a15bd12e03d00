package se.lofteskollen.system.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizens' front page in a browser without scripts (the pages' policy allows none): a plain form searches the
 * signed promises by municipality, and a promise's link leads to its page. Only the default data's signed Västervik
 * promise is there: the test adds none, so the other browser tests see the deployment as before.
 */
class FrontPageTest extends InTheBrowser {

    @Test
    void aCitizenSearchesForTheirMunicipalityAndFollowsTheLinkToItsPromise() {
        browser = Chromium.phone();
        WebDriver driver = browser.driver();
        driver.get(services.queryUrl() + "/");

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Medborgarlöften ");
        Pages.type(driver, "kommun", "Ystad");
        Pages.send(driver);
        Pages.waitFor(driver, ExpectedConditions.urlContains("kommun=Ystad"));
        assertThat(driver.findElement(By.id("inga-traffar")).getText()).startsWith("Ingen kommun som matchar ”Ystad”");
        assertThat(driver.findElements(By.cssSelector("a[href^='/public/promises/']"))).isEmpty();

        Pages.type(driver, "kommun", "västervik");
        Pages.send(driver);
        Pages.waitFor(driver, ExpectedConditions.urlContains("kommun=v"));
        assertThat(driver.findElement(By.cssSelector(".promise-list h3")).getText()).isEqualTo("Västerviks kommun");
        assertThat(Pages.text(driver)).contains("Lokalpolisområde Västervik").contains("Polisregion Öst, Kalmar län");
        browser.screenshot("front-page-phone");

        driver.findElement(By.cssSelector("a[href='/public/promises/vastervik-2025']")).click();

        Pages.waitFor(driver, ExpectedConditions.urlToBe(services.queryUrl() + "/public/promises/vastervik-2025"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Medborgarlöfte 2025 — Lokalpolisområde Västervik och Västerviks kommun");
    }
}
