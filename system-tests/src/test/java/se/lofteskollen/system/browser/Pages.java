package se.lofteskollen.system.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What the browser tests do on the pages, as a person would: sign in, fill in, send. */
final class Pages {

    private Pages() {
    }

    /**
     * Signs in to the service at {@code baseUrl} as a person would: its page sends the browser to the local identity
     * provider, whose form takes the built-in user (password = name), and the provider sends it back signed in.
     */
    static void logIn(WebDriver driver, String baseUrl, String home, String user) {
        driver.get(baseUrl + home);
        signInAtTheProvider(driver, user);
        waitFor(driver, ExpectedConditions.urlContains(baseUrl + home));
    }

    /** The identity provider's own sign-in form (Spring Security's), where the browser has been sent. */
    static void signInAtTheProvider(WebDriver driver, String user) {
        waitFor(driver, ExpectedConditions.urlContains(Deployment.identityProviderUrl() + "/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The text a reader sees. */
    static String text(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    static void pick(WebDriver driver, String selectId, String value) {
        new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * A date field's value, as its picker would set it. Typing into a date field depends on the browser's locale
     * (month first in English); the picker is not what is tested.
     */
    static void setDate(WebDriver driver, String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    static void send(WebDriver driver) {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    static <T> T waitFor(WebDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }
}
