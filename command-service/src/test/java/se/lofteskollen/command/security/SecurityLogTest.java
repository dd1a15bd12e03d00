package se.lofteskollen.command.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.RawHttp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins and denied requests leave one structured line each on the security log, naming user, path and
 * reason, never a password; nothing a client sends can start a line of its own.
 */
@CommandServiceTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {

    @LocalServerPort
    int port;

    private static List<String> securityLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains("lofteskollen.security")).toList();
    }

    @Test
    void aFailedLoginIsLoggedWithTheUserTriedAndNoPassword(CapturedOutput output) {
        int status = new RawHttp(port).basic("polis", "Hemligt-L0sen!").postJson("/api/activities", "{}").statusCode();

        assertThat(status).isEqualTo(401);
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line).contains(
                "event=authentication_failed user=\"polis\" method=\"POST\" path=\"/api/activities\"",
                "reason=\"basic: Bad credentials\""));
        assertThat(output.getOut()).doesNotContain("Hemligt-L0sen!");
    }

    @Test
    void aFailedSignInIsLogged(CapturedOutput output) {
        int status = new RawHttp(port).get("/login/oauth2/code/local?code=forged&state=forged", "Accept", "text/html")
                .statusCode();

        assertThat(status).isEqualTo(302);
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line)
                .contains("event=authentication_failed", "path=\"/login/oauth2/code/local\"", "reason=\"sign-in: "));
    }

    @Test
    void aDeniedCommandIsLoggedWithUserPathAndReason(CapturedOutput output) {
        int status = new RawHttp(port).basic("polis", "polis").postJson("/api/promises", """
                {"promiseId":"log-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""").statusCode();

        assertThat(status).isEqualTo(403);
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line).contains(
                "event=access_denied user=\"polis\" method=\"POST\" path=\"/api/promises\"",
                "reason=\"only a coordinator may create promises\""));
    }

    @Test
    void anAnonymousRequestAndARoleRefusedAtTheDoorAreLogged(CapturedOutput output) {
        new RawHttp(port).postJson("/api/meetings", "{}");
        new RawHttp(port).basic("ledning", "ledning").postJson("/api/meetings", "{}");

        assertThat(securityLines(output))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"anonymous\"",
                        "path=\"/api/meetings\"", "reason=\"authentication required\""))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"ledning\"",
                        "path=\"/api/meetings\"", "reason=\"not permitted for the user's role\""));
    }

    @Test
    void aReportFormPostedWithoutItsCsrfTokenIsLogged(CapturedOutput output) {
        int status = new RawHttp(port).send("POST", "/report", "kind=PLACE_VISIT".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin",
                "Cookie", "LOFTESKOLLEN_COMMAND_SESSION=0123456789ABCDEF").statusCode();

        assertThat(status).as("refused, and kept for after the new sign-in").isEqualTo(303);
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line).contains(
                "method=\"POST\" path=\"/report\"", "reason=\"missing or invalid CSRF token\""));
    }

    @Test
    void aStrangerSentToSignInIsLogged(CapturedOutput output) {
        int status = new RawHttp(port).get("/report", "Accept", "text/html").statusCode();

        assertThat(status).isEqualTo(302);
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line).contains(
                "event=access_denied user=\"anonymous\" method=\"GET\" path=\"/report\"",
                "reason=\"authentication required\""));
    }

    @Test
    void aUserNameWithLineBreaksCannotForgeALogLine(CapturedOutput output) {
        new RawHttp(port).basic("polis\r\nFORGED INFO event=authentication_succeeded user=\"samordnare\"", "x")
                .postJson("/api/activities", "{}");

        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("FORGED"));
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line)
                .contains("user=\"polis\\r\\nFORGED INFO event=authentication_succeeded user=\\\"samordnare\\\"\""));
    }

    @Test
    void aPathWithEncodedLineBreaksStaysOnOneLine(CapturedOutput output) {
        new RawHttp(port).basic("kommun", "kommun").postJson("/api/commitments/x%0d%0aevent=forged/notes", "{}");

        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("event=forged"));
        assertThat(securityLines(output)).anySatisfy(line -> assertThat(line)
                .contains("path=\"/api/commitments/x%0d%0aevent=forged/notes\"", "reason=\"request rejected by the firewall\""));
    }
}
