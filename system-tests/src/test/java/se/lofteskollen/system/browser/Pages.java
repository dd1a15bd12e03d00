package se.lofteskollen.system.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What the browser tests do on the pages, as a person would: log in, fill in, send. */
final class Pages {

    private Pages() {
    }

    static void logIn(WebDriver driver, String baseUrl, String user) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(driver, ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
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
