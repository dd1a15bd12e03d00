package se.lofteskollen.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Settings every Löfteskollen service shares, applied however it starts (jar, Maven, tests, compose):
 * no Axon Server, JSON everywhere, and never a call to the vendor's update checker. No profile is among them: a
 * service without one refuses to start ({@link se.lofteskollen.platform.launch.RequiredSettings}). The lowest
 * precedence lets a deployment override any of them, except the update checker, which Axon reads
 * from a system property before Spring's environment exists.
 */
public class StackDefaults implements EnvironmentPostProcessor, Ordered {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        environment.getPropertySources().addLast(new MapPropertySource("lofteskollenStackDefaults", Map.ofEntries(
                Map.entry("axon.update-check.disabled", "true"),
                Map.entry("axon.axonserver.enabled", "false"),
                Map.entry("axon.serializer.general", "jackson"),
                Map.entry("axon.serializer.events", "jackson"),
                Map.entry("axon.serializer.messages", "jackson"),
                // Axon's handler and unit-of-work timeouts (on by default since 4.11) take a full stack trace
                // of the calling thread for every command, every event handler call and every batch, in case
                // a warning is logged later. Behind a servlet filter chain that was a fifth of a command's CPU
                // and much of a replay's. Slow handling still shows in the request and processor metrics.
                Map.entry("axon.timeout.enabled", "false"),
                // Axon's meters with tags (processorName, payloadType) rather than one name per processor.
                Map.entry("axon.metrics.micrometer.dimensional", "true"),
                // Health says UP or DOWN to anyone (probes, load balancers); what is behind it (a processor's
                // lag and position, the database) only to the operator.
                Map.entry("management.endpoint.health.show-details", "when-authorized"),
                Map.entry("management.endpoint.health.roles", "OPERATOR"),
                // A browser session (the login form) lives in a cookie only, never in a URL, and is not sent
                // along by other sites' forms. Errors never show the exception, its message or a stack trace.
                Map.entry("server.servlet.session.tracking-modes", "cookie"),
                Map.entry("server.servlet.session.cookie.same-site", "lax"),
                Map.entry("server.error.include-stacktrace", "never"),
                Map.entry("server.error.include-exception", "false"),
                Map.entry("server.error.include-message", "never"))));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
