package se.lofteskollen.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Settings every Löfteskollen service shares, applied however it starts (jar, Maven, tests, compose):
 * no Axon Server, JSON everywhere, and never a call to the vendor's update checker. The lowest
 * precedence lets a deployment override any of them, except the update checker, which Axon reads
 * from a system property before Spring's environment exists.
 */
public class StackDefaults implements EnvironmentPostProcessor, Ordered {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        // The local profile (built-in users, embedded database) unless a deployment names another.
        environment.setDefaultProfiles("local");
        environment.getPropertySources().addLast(new MapPropertySource("lofteskollenStackDefaults", Map.of(
                "axon.update-check.disabled", "true",
                "axon.axonserver.enabled", "false",
                "axon.serializer.general", "jackson",
                "axon.serializer.events", "jackson",
                "axon.serializer.messages", "jackson",
                // A browser session (the login form) lives in a cookie only, never in a URL, and is not sent
                // along by other sites' forms. Errors never show the exception, its message or a stack trace.
                "server.servlet.session.tracking-modes", "cookie",
                "server.servlet.session.cookie.same-site", "lax",
                "server.error.include-stacktrace", "never",
                "server.error.include-exception", "false",
                "server.error.include-message", "never")));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
