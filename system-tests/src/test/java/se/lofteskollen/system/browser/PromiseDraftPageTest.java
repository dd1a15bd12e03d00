package se.lofteskollen.system.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator creates a promise from its published text in a real browser: the file, the draft, a correction, the promise. */
class PromiseDraftPageTest extends InTheBrowser {

    /** The published text of Västervik's promise, as the command-service's tests read it. */
    private static final Path VASTERVIK = Path.of("..", "command-service", "src", "test", "resources", "draft",
            "medborgarlofte-2025-vastervik.md").toAbsolutePath().normalize();

    @Test
    void aCoordinatorChoosesTheTextFileCorrectsTheDraftAndCreatesThePromiseWithItsTwentyFourCommitments() {
        browser = Chromium.open(1280, 900);
        WebDriver driver = browser.driver();
        Pages.logIn(driver, services.commandUrl(), "/report/promises/draft", "samordnare");

        driver.findElement(By.id("file")).sendKeys(VASTERVIK.toString());
        driver.findElement(By.cssSelector("main form button.primary")).click();

        Pages.waitFor(driver, ExpectedConditions.textToBe(By.id("commitments"), "Åtaganden (24)"));
        assertThat(driver.findElement(By.id("c18-t0-atLeast")).getAttribute("value")).isEqualTo("100");
        assertThat(Pages.text(driver)).contains("minst hundra platsbesök på ett år")
                .contains("Polisregion och län står inte i texten");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the window").isLessThanOrEqualTo(1280L);
        browser.screenshot("promise-draft");

        Pages.type(driver, "promiseId", "webb-vastervik-2025");
        Pages.type(driver, "policeRegion", "Polisregion Öst");
        driver.findElement(By.cssSelector("main form button.primary")).click();

        WebElement countyError = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("county-error")));
        assertThat(countyError.getText()).isEqualTo("Ange länet, t.ex. Kalmar län.");
        assertThat(driver.findElement(By.id("problems")).getText()).contains("Län: Ange länet");
        assertThat(driver.findElement(By.id("policeRegion")).getAttribute("value")).isEqualTo("Polisregion Öst");
        assertThat(api.eventsMentioning("webb-vastervik-2025")).isZero();

        Pages.type(driver, "county", "Kalmar län");
        driver.findElement(By.cssSelector("main form button.primary")).click();

        WebElement created = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("created")));
        assertThat(created.getText()).contains("Löftet webb-vastervik-2025 är sparat.").contains("Med 24 åtaganden.");
        browser.screenshot("promise-draft-created");
        // The promise and its 24 pledges, each naming the promise.
        assertThat(api.eventsMentioning("\"promiseId\":\"webb-vastervik-2025\"")).isEqualTo(25);
        driver.findElement(By.linkText("Rapportera på löftets åtaganden")).click();
        Pages.waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Rapportera"));
    }
}
