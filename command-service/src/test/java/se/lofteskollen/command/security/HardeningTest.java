package se.lofteskollen.command.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.RawHttp;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer carries, what Actuator shows to whom, CORS closed, CSRF for browser sessions, body limits. */
@CommandServiceTest
class HardeningTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final String ACTIVITY = """
            {"kind":"OTHER","commitmentIds":["vastervik-2025-7.1"],"occurredOn":"2025-05-20"}""";

    @LocalServerPort
    int port;
    @Autowired
    EventStoreRows events;

    private RawHttp anonymous;

    @BeforeEach
    void client() {
        anonymous = new RawHttp(port);
    }

    private RawHttp as(String user) {
        return new RawHttp(port).basic(user, user);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[]{anonymous.get("/actuator/health"),
                anonymous.postJson("/api/activities", ACTIVITY), as("kommun").postJson("/api/activities", "{")}) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
            assertThat(headers.firstValue("Server")).isEmpty();
        }
    }

    @Test
    void healthIsPublicMetricsOnlyForManagementAndCoordinatorsAndNothingElseIsExposed() {
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").body()).doesNotContain("components", "db");
        assertThat(anonymous.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(as("polis").get("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(as("kommun").get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(403);
        assertThat(as("ledning").get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(as("samordnare").get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        for (String endpoint : new String[]{"env", "beans", "configprops", "loggers", "heapdump", "threaddump",
                "mappings", "shutdown", "info"}) {
            assertThat(as("ledning").get("/actuator/" + endpoint).statusCode()).as(endpoint).isIn(403, 404);
            assertThat(anonymous.get("/actuator/" + endpoint).statusCode()).as(endpoint).isIn(401, 404);
        }
        assertThat(as("ledning").get("/actuator").statusCode()).isIn(403, 404);
    }

    @Test
    void corsIsClosedWhenNoOriginIsConfigured() {
        HttpResponse<String> preflight = anonymous.send("OPTIONS", "/api/activities", null,
                "Origin", "https://elsewhere.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization,content-type");
        HttpResponse<String> crossOrigin = as("kommun").postJson("/api/activities", "{}", "Origin", "https://elsewhere.example");

        assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aRequestThatCouldRideOnABrowserSessionMustSendACsrfTokenWhileBasicNeedsNone() {
        long before = events.count();

        HttpResponse<String> withSessionCookie = new RawHttp(port).postJson("/api/activities", ACTIVITY,
                "Cookie", "LOFTESKOLLEN_COMMAND_SESSION=0123456789ABCDEF");

        assertThat(withSessionCookie.statusCode()).isEqualTo(403);
        assertThat(withSessionCookie.body()).contains("CSRF");
        assertThat(events.count()).isEqualTo(before);
        assertThat(as("kommun").postJson("/api/activities", ACTIVITY).statusCode()).isEqualTo(201);
    }

    @Test
    void aBrowserAskingForAPageWithoutASessionIsSentToSignInAndAnApiClientGets401() {
        HttpResponse<String> page = anonymous.get("/api/promises", "Accept", "text/html");
        HttpResponse<String> api = new RawHttp(port).postJson("/api/activities", ACTIVITY);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/local"));
        assertThat(page.headers().allValues("WWW-Authenticate")).as("a browser is never challenged for Basic").isEmpty();
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("WWW-Authenticate")).contains("Bearer", "Basic realm=\"lofteskollen\"");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Set-Cookie")).as("an API refusal starts no session").isEmpty();
    }

    @Test
    void aBodyLargerThanTheLimitIs413EvenWhenSentInChunksAndStoresNothing() throws Exception {
        long before = events.count();
        String large = ACTIVITY.replace("}", ",\"notes\":\"" + "x".repeat(300_000) + "\"}");

        HttpResponse<String> declared = as("kommun").postJson("/api/activities", large);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/activities"))
                .header("Authorization", "Basic a29tbXVuOmtvbW11bg==")
                .header("Content-Type", "application/json")
                // Of unknown length: sent chunked, without a Content-Length to refuse it by.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("at most 262144 bytes");
        assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aJsonBodyThatIsNotUtf8IsABadRequestNamingTheEncoding() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ACTIVITY.replace("}", ",\"notes\":\"").getBytes(StandardCharsets.UTF_8));
        body.write(0xC0);
        body.write(0xAF);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = as("kommun").send("POST", "/api/activities", body.toByteArray(),
                "Content-Type", "application/json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(answer.body()).path("detail").asText()).isEqualTo("the body is not valid UTF-8");
    }

    @Test
    void aUrlTheFirewallRefusesIsABadRequestWithProblemDetails() {
        for (String path : new String[]{"/api/commitments/a%0d%0ab/notes", "/api/commitments/%2e%2e/notes",
                "/api//activities", "/api/commitments/a%00b/notes", "/api/commitments/%C3%28/notes"}) {
            HttpResponse<String> answer = as("kommun").postJson(path, "{\"note\":\"x\"}");

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(path).doesNotContain("Tomcat", "Exception");
        }
    }

    private static String csrfToken(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a CSRF field in " + page).isTrue();
        return token.group(1);
    }
}
