package se.lofteskollen.command.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.RawHttp;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With an origin configured, that origin (and only it) may call the API from a browser. */
@CommandServiceTest
@TestPropertySource(properties = "lofteskollen.security.cors.allowed-origins=https://intranet.vastervik.example")
class ConfiguredCorsTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> preflight(String origin) {
        return new RawHttp(port).send("OPTIONS", "/api/activities", null, "Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
    }

    @Test
    void theConfiguredOriginMayCallTheApi() {
        HttpResponse<String> answer = preflight("https://intranet.vastervik.example");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://intranet.vastervik.example");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anyOtherOriginMayNot() {
        HttpResponse<String> answer = preflight("https://intranet.vastervik.example.evil.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
