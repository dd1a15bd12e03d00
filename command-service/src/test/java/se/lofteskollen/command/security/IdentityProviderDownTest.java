package se.lofteskollen.command.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.RawHttp;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider is down (nothing listens at its address): the service has started all the same, since it
 * reads the provider's discovery document only when a browser first signs in, and its API answers.
 */
@CommandServiceTest
@ActiveProfiles("local")
@TestPropertySource(properties = "lofteskollen.security.issuers.local.issuer-uri=http://127.0.0.1:9")
class IdentityProviderDownTest {

    @LocalServerPort
    int port;

    @Test
    void theServiceStartedAndItsApiAnswers() {
        HttpResponse<String> report = new RawHttp(port).basic("polis", "polis").postJson("/api/activities", """
                {"kind":"OTHER","commitmentIds":["vastervik-2025-6.3"],"occurredOn":"2025-05-20"}""");

        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    }

    @Test
    void aPageStillSendsTheBrowserToSignInWithoutAsking() {
        HttpResponse<String> page = new RawHttp(port).get("/report", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/local"));
    }
}
