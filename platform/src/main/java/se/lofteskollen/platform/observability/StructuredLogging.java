package se.lofteskollen.platform.observability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.Map;

/**
 * In a profile other than {@code local} ({@code prod}), a service logs one JSON object a line (Spring Boot's structured logging, Elastic Common
 * Schema), with the log context ({@link LogContext}: correlation id, user, promise) and a line's own key-value
 * pairs as fields, for a log collector to index. In {@code local} a person reads the console, so it keeps Spring
 * Boot's plain lines, and so does a service started with no profile, whose only output is its refusal to start
 * ({@code RequiredSettings}), written for the person who started it. A default of the lowest precedence: {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} (ecs, logstash,
 * gelf, or empty for plain lines) overrides it in any profile.
 * <p>
 * Runs after the config files are read, so that a profile named in them counts, and before the logging system
 * starts, which reads it.
 */
public class StructuredLogging implements EnvironmentPostProcessor, Ordered {

    static final String FORMAT = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getActiveProfiles().length == 0 || environment.acceptsProfiles(Profiles.of("local"))) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("lofteskollenStructuredLogging",
                Map.of(FORMAT, "ecs")));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 2;
    }
}
