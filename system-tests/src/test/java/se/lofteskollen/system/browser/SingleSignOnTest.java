package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.system.browser.Api.commitment;

/**
 * One sign-in at the local identity provider serves both services (OpenID Connect, the same flow as production);
 * signing out of one ends the session at the provider and, by back-channel logout, at the other service too.
 */
class SingleSignOnTest extends InTheBrowser {


    @Test
    void signedInOnceAReporterUsesTheReportFormAndTheDashboardAndSigningOutEndsBoth() {
        browser = Chromium.open(1280, 1000);
        WebDriver driver = browser.driver();
        String place = "SSO-" + UUID.randomUUID().toString().substring(0, 8);

        driver.get(services.commandUrl() + "/report");
        Pages.signInAtTheProvider(driver, "polis");
        Pages.waitFor(driver, ExpectedConditions.urlContains(services.commandUrl() + "/report"));
        Pages.pick(driver, "commitmentId", commitment("6.2"));
        Pages.type(driver, "placeName", place);
        Pages.type(driver, "measures", "Synlig närvaro");
        Pages.send(driver);
        WebElement confirmation = Pages.waitFor(driver,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.done")));
        long position = Long.parseLong(confirmation.getAttribute("data-position"));
        JsonNode detail = api.commitmentDetail("6.2", position);
        JsonNode visit = StreamSupport.stream(detail.get("reports").spliterator(), false)
                .filter(report -> report.get("place").get("name").asText().equals(place)).findFirst().orElseThrow();
        assertThat(visit.get("reportedBy").get("userId").asText()).as("the audit names the signed-in user").isEqualTo("polis");
        assertThat(visit.get("reportedBy").get("organisation").asText()).isEqualTo("POLICE");

        driver.get(services.queryUrl() + "/dashboard");
        Pages.waitFor(driver, ExpectedConditions.urlContains(services.queryUrl() + "/dashboard/"));
        assertThat(driver.findElement(By.cssSelector("header .signout")).getText())
                .as("signed in without being asked again").contains("Kommunpolisen");

        signOut(driver);
        Pages.waitFor(driver, ExpectedConditions.urlContains(services.queryUrl() + "/login?logout"));

        driver.get(services.commandUrl() + "/report");
        assertThat(driver.getCurrentUrl()).as("the other service asks again")
                .startsWith(Deployment.identityProviderUrl() + "/login");
        driver.get(services.queryUrl() + "/dashboard");
        assertThat(driver.getCurrentUrl()).startsWith(Deployment.identityProviderUrl() + "/login");
    }

    @Test
    void aPageWithoutSessionRedirectsToSignInAndIsNeverABasicChallenge() throws Exception {
        for (String page : new String[] {services.commandUrl() + "/report", services.queryUrl() + "/dashboard"}) {
            HttpResponse<String> response = get(page, "text/html");
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/oauth2/authorization/local");
            assertThat(response.headers().allValues("WWW-Authenticate")).as(page).isEmpty();
        }
        HttpResponse<String> apiFromABrowser = get(services.queryUrl() + "/api/promises", "text/html");
        assertThat(apiFromABrowser.statusCode()).isEqualTo(302);
        assertThat(apiFromABrowser.headers().allValues("WWW-Authenticate")).isEmpty();
    }

    /**
     * Signing out crosses three processes (this service, the provider, and the provider's back-channel calls to
     * both services) before the page loads; on a loaded test machine that may outlast the driver's wait for the
     * click, so the test waits for where the browser lands instead.
     */
    private static void signOut(WebDriver driver) {
        try {
            driver.findElement(By.cssSelector("header .signout button")).click();
        } catch (TimeoutException slow) {
            // the redirects go on; the next wait sees where they end
        }
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/login?logout"));
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
