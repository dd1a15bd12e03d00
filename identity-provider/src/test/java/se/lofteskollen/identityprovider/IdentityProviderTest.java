package se.lofteskollen.identityprovider;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local identity provider started as its jar starts it (no database, the local profile only). */
class IdentityProviderTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void outsideTheLocalProfileItRefusesToStartBecauseItsUsersHavePublishedPasswords() {
        assertThatThrownBy(() -> IdentityProviderApplication.application()
                .run("--server.port=0", "--spring.profiles.active=prod"))
                .hasMessageContaining("runs only in the local profile");
    }

    @Test
    void inTheLocalProfileItStartsWithoutADatabaseAndPublishesItsOpenIdConfiguration() throws Exception {
        try (ConfigurableApplicationContext provider = IdentityProviderApplication.application()
                .run("--server.port=0", "--spring.profiles.active=local",
                        "--lofteskollen.identity-provider.issuer=http://idp.test:8083")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();

            HttpResponse<String> discovery = get(base + "/.well-known/openid-configuration");
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body())
                    .contains("\"issuer\":\"http://idp.test:8083\"")
                    .contains("\"end_session_endpoint\"")
                    .contains("\"S256\"");
            assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aServiceIsSentToSignInAndAClientItDoesNotKnowNeverToItsOwnAddress() throws Exception {
        try (ConfigurableApplicationContext provider = IdentityProviderApplication.application()
                .run("--server.port=0", "--spring.profiles.active=local")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();

            HttpResponse<String> known = get(base + "/oauth2/authorize?response_type=code&client_id=command-service"
                    + "&scope=openid&redirect_uri=http://localhost:8081/login/oauth2/code/local"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
            HttpResponse<String> unknown = get(base + "/oauth2/authorize?response_type=code&client_id=elsewhere"
                    + "&scope=openid&redirect_uri=http://evil.example/cb"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

            assertThat(known.statusCode()).isEqualTo(302);
            assertThat(known.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
            assertThat(unknown.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
            assertThat(unknown.body()).doesNotContain("evil.example");
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
