package se.lofteskollen.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.lofteskollen.platform.security.ServiceSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With structured logging on, a line logged while a request is handled is one JSON object that carries the
 * request's correlation id, the user and the promise of the URL; a refusal by the security log carries the
 * correlation id and its own fields. And structured logging is on in every profile but {@code local}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogLineTest {

    @RestController
    static class Pings {
        @GetMapping("/api/promises/{promiseId}/ping")
        String ping(@PathVariable String promiseId) {
            LoggerFactory.getLogger("lofteskollen.test").info("pinged");
            return "pong";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class PingService {
        @Bean
        Pings pings() {
            return new Pings();
        }

        /** The API's chain as the services build it, with no rules of its own. */
        @Bean
        SecurityFilterChain api(HttpSecurity http, ServiceSecurity security) throws Exception {
            return security.filterChain(http, rules -> {
            });
        }
    }

    private static ConfigurableApplicationContext service;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = new SpringApplicationBuilder(PingService.class)
                .properties("spring.application.name=log-test", "server.port=0",
                        "spring.flyway.baseline-on-migrate=true")
                // On the command line: the tests' own default keeps plain lines (PlainTestLogs).
                .run("--" + StructuredLogging.FORMAT + "=ecs");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static int get(String path, String user) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Correlation-Id", "corr-" + user);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.startsWith("{")).map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception notJson) {
                throw new AssertionError("not a JSON line: " + line, notJson);
            }
        }).toList();
    }

    @Test
    void aLineLoggedDuringARequestCarriesItsCorrelationIdUserAndPromise(CapturedOutput output) throws Exception {
        assertThat(get("/api/promises/vastervik-2025/ping", "polis")).isEqualTo(200);

        assertThat(jsonLines(output)).anySatisfy(line -> {
            assertThat(line.path("message").asText()).isEqualTo("pinged");
            assertThat(line.path("correlationId").asText()).isEqualTo("corr-polis");
            assertThat(line.path("user").asText()).isEqualTo("polis");
            assertThat(line.path("promise").asText()).isEqualTo("vastervik-2025");
        });
    }

    @Test
    void aRefusalOnTheSecurityLogCarriesTheCorrelationIdAndItsFields(CapturedOutput output) throws Exception {
        assertThat(get("/api/promises/vastervik-2025/ping", "nobody")).isEqualTo(401);

        assertThat(jsonLines(output)).anySatisfy(line -> {
            assertThat(line.path("log").path("logger").asText()).isEqualTo("lofteskollen.security");
            assertThat(line.path("correlationId").asText()).isEqualTo("corr-nobody");
            assertThat(line.path("security").path("event").asText()).isEqualTo("authentication_failed");
            assertThat(line.path("security").path("user").asText()).isEqualTo("nobody");
            assertThat(line.path("security").path("path").asText()).isEqualTo("/api/promises/vastervik-2025/ping");
        });
    }
}
