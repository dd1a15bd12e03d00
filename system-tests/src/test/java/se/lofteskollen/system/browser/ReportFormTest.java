package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.system.browser.Api.commitment;

/** The staff's report form in a real browser, on a phone-sized window, through the same commands as the API. */
class ReportFormTest extends InTheBrowser {


    private WebDriver phone() {
        browser = Chromium.phone();
        return browser.driver();
    }

    @Test
    void anonymousUserSentToTheReportFormSignsInAtTheIdentityProviderAndLandsOnTheForm() {
        WebDriver driver = phone();

        driver.get(services.commandUrl() + "/report");

        assertThat(driver.getCurrentUrl()).startsWith(Deployment.identityProviderUrl() + "/login");
        Pages.signInAtTheProvider(driver, "polis");
        Pages.waitFor(driver, ExpectedConditions.urlContains(services.commandUrl() + "/report"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rapportera");
        assertThat(driver.findElement(By.cssSelector("header .signout")).getText()).contains("Kommunpolisen");
    }

    @Test
    void reporterOnAPhoneReportsAPlaceVisitOnSixTwoSeesTheConfirmationAndThePublicPageCountsIt() {
        int before = api.placeVisits();
        WebDriver driver = phone();
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        driver.get(services.commandUrl() + "/report");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.innerWidth")).isEqualTo(375L);
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone's screen").isLessThanOrEqualTo(375L);

        Pages.pick(driver, "commitmentId", commitment("6.2"));
        assertThat(driver.findElement(By.id("kind-PLACE_VISIT")).isSelected()).isTrue();
        String date = driver.findElement(By.id("date")).getAttribute("value");
        assertThat(LocalDate.parse(date).getYear()).as("the default date lies in the promise year").isEqualTo(2025);
        Pages.type(driver, "placeName", "Resecentrum");
        Pages.type(driver, "placeArea", "Centrum");
        Pages.type(driver, "measures", "Synlig närvaro och samtal med resenärer");
        assertThat(driver.findElement(By.id("activityKind")).isDisplayed()).as("only the place visit's fields show").isFalse();
        browser.screenshot("report-form-phone");
        Pages.send(driver);

        WebElement confirmation = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.done")));
        String day = LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE")));
        assertThat(confirmation.getText()).contains("Tack, rapporten är sparad.")
                .contains("Platsbesöket vid Resecentrum den " + day + " är sparat på löfte 6.2.");
        browser.screenshot("report-confirmation-phone");
        long position = Long.parseLong(confirmation.getAttribute("data-position"));
        String reportId = confirmation.getAttribute("data-report-id");

        api.progress(position, "");
        driver.get(services.queryUrl() + "/public/promises/vastervik-2025");
        assertThat(Pages.text(driver)).contains((before + 1) + " av 100 platsbesök");
        JsonNode detail = api.commitmentDetail("6.2", position);
        JsonNode visit = StreamSupport.stream(detail.get("reports").spliterator(), false)
                .filter(report -> report.get("id").asText().equals(reportId))
                .findFirst().orElseThrow();
        assertThat(visit.get("reportedBy").get("userId").asText()).as("the author is the logged-in user").isEqualTo("polis");
        assertThat(visit.get("place").get("name").asText()).isEqualTo("Resecentrum");
    }

    @Test
    void aTistelMeetingReportedOnceCountsForBothCommitmentsItServes() {
        WebDriver driver = phone();
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        driver.get(services.commandUrl() + "/report");
        Pages.pick(driver, "commitmentId", commitment("1.1"));
        driver.findElement(By.cssSelector("label[for=kind-MEETING]")).click();
        assertThat(driver.findElement(By.id("placeName")).isDisplayed()).isFalse();
        Pages.pick(driver, "network", "TISTEL");
        Pages.type(driver, "participants", "7");
        new Select(driver.findElement(By.id("alsoFor"))).selectByValue(commitment("5.2"));
        String date = driver.findElement(By.id("date")).getAttribute("value");
        browser.screenshot("report-meeting-phone");
        Pages.send(driver);

        WebElement confirmation = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.done")));
        String day = LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE")));
        assertThat(confirmation.getText()).contains("Mötet i Tistel den " + day + " med 7 deltagare är sparat på löftena 1.1 och 5.2.");
        String reportId = confirmation.getAttribute("data-report-id");
        long position = Long.parseLong(confirmation.getAttribute("data-position"));
        for (String code : List.of("1.1", "5.2")) {
            assertThat(api.commitmentDetail(code, position).get("reports").toString()).as(code).contains(reportId);
        }
    }

    @Test
    void theSameFormSentTwiceAtOnceAndOnceMoreCreatesOneReport() {
        String place = "Dubbeltryck " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = phone();
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        driver.get(services.commandUrl() + "/report");
        Pages.pick(driver, "commitmentId", commitment("6.2"));
        Pages.type(driver, "placeName", place);
        Pages.type(driver, "measures", "Samtal med butiksägare");

        // A double tap: the browser sends the same form twice, before either answer has come.
        Object statuses = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form');
                const post = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                        .then(answer => answer.status);
                Promise.all([post(), post()]).then(done, error => done(String(error)));""");
        assertThat(statuses).isEqualTo(List.of(200L, 200L));
        // And once more, the ordinary way, from the page still showing the same form.
        Pages.send(driver);
        WebElement confirmation = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.done")));
        long position = Long.parseLong(confirmation.getAttribute("data-position"));

        JsonNode detail = api.commitmentDetail("6.2", position);
        long stored = StreamSupport.stream(detail.get("reports").spliterator(), false)
                .filter(report -> report.has("place") && report.get("place").get("name").asText().equals(place))
                .count();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void municipalityReporterCannotPickAPoliceOnlyCommitment() {
        WebDriver driver = phone();
        Pages.logIn(driver, services.commandUrl(), "/report", "kommun");
        driver.get(services.commandUrl() + "/report");

        List<String> offered = new Select(driver.findElement(By.id("commitmentId"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(offered).contains(commitment("6.1"), commitment("1.1"), commitment("2.1"))
                .doesNotContain(commitment("6.2"), commitment("6.3"), commitment("2.6"), commitment("8.1"));

        // A form made by hand with 6.2 is refused as well, by the commitment field, and stores nothing.
        String place = "Handgjord " + UUID.randomUUID().toString().substring(0, 8);
        ((JavascriptExecutor) driver).executeScript("""
                const select = document.getElementById('commitmentId');
                select.add(new Option('6.2', arguments[0]));
                select.value = arguments[0];""", commitment("6.2"));
        Pages.type(driver, "placeName", place);
        Pages.type(driver, "measures", "Försök");
        Pages.send(driver);

        WebElement error = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("commitmentId-error")));
        assertThat(error.getText()).isEqualTo("Du kan bara rapportera på löften som din organisation svarar för.");
        assertThat(driver.findElements(By.cssSelector(".notice.done"))).isEmpty();
        assertThat(api.eventsMentioning(place)).isZero();
    }

    @Test
    void theFormRefusesADateOutsideThePromiseYearWithTheRulesMessageByTheDateField() {
        String place = "Fel år " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = phone();
        Pages.logIn(driver, services.commandUrl(), "/report", "polis");
        driver.get(services.commandUrl() + "/report");
        Pages.pick(driver, "commitmentId", commitment("6.2"));
        Pages.setDate(driver, "date", "2024-06-01");
        Pages.type(driver, "placeName", place);
        Pages.type(driver, "measures", "Synlig närvaro");
        Pages.send(driver);

        WebElement error = Pages.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.id("date-error")));
        assertThat(error.getText()).isEqualTo("Datumet ligger utanför löftesåret 2025. Välj en dag under 2025.");
        WebElement dateField = driver.findElement(By.id("date"));
        assertThat(error.findElement(By.xpath("..")).findElement(By.id("date"))).as("the message sits by the date field")
                .isEqualTo(dateField);
        assertThat(dateField.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(dateField.getAttribute("aria-describedby")).contains("date-error");
        assertThat(driver.findElement(By.id("placeName")).getAttribute("value")).as("what was typed is kept").isEqualTo(place);
        assertThat(driver.findElements(By.cssSelector(".notice.done"))).isEmpty();
        assertThat(api.eventsMentioning(place)).isZero();
        browser.screenshot("report-form-refused-phone");
    }
}
