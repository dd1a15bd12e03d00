package se.lofteskollen.command.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.RawHttp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser meets errors as Swedish pages in the service's look; API clients keep problem+json. */
@CommandServiceTest
class ErrorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStoreRows events;

    @Test
    void aFormSentAfterItsSessionExpiredIsAPageThatSaysSoAndStoresNothing() {
        long before = events.count();
        String form = "reason=Inget&reportId=r-1";

        // A form the service does not keep through a new sign-in (the report form does: ReportFormKeptDraftTest).
        HttpResponse<String> expired = new RawHttp(port).send("POST", "/report/coordinate/promises/vastervik-2025/retract",
                form.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html,*/*;q=0.8",
                "Cookie", "LOFTESKOLLEN_COMMAND_SESSION=0123456789ABCDEF");

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(expired.body()).contains("<html lang=\"sv\"").contains("Formuläret har gått ut").contains("Inget sparades")
                .contains("/css/command.css").contains("href=\"/tillganglighet\"")
                .doesNotContain("CsrfException", "Exception");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPathThatLeadsNowhereIsASwedishPageForABrowserAndProblemDetailsForAnApiClient() {
        RawHttp signedIn = new RawHttp(port).basic("polis", "polis");

        HttpResponse<String> page = signedIn.get("/finns-inte", "Accept", "text/html");
        HttpResponse<String> api = signedIn.get("/finns-inte", "Accept", "application/json");
        HttpResponse<String> anything = signedIn.get("/api/finns-inte", "Accept", "*/*");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Sidan finns inte").contains("Felkod 404");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(anything.statusCode()).isEqualTo(404);
        assertThat(anything.headers().firstValue("Content-Type")).as("a client that takes anything is no browser")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
