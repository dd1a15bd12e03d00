package se.lofteskollen.platform.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;

import java.util.Map;

/**
 * On a test class path, the console keeps plain lines in every profile, {@code prod} included: the test JVM is
 * shared, and one {@code prod} context would otherwise leave the logging system on JSON lines for the cached
 * contexts of later tests, whose log assertions read plain lines. A test of structured logging asks for it with a
 * command-line argument. Not applied with {@link TestProfile#SWITCH}{@code =false} (started as the jar would be).
 */
public class PlainTestLogs implements EnvironmentPostProcessor, Ordered {

    private static final String COMMAND_LINE = SimpleCommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestProfile.enabled(environment)) {
            return;
        }
        MapPropertySource plain = new MapPropertySource("lofteskollenPlainTestLogs",
                Map.of("logging.structured.format.console", ""));
        // Below the command line, so that a test's own argument wins; above everything else.
        if (environment.getPropertySources().contains(COMMAND_LINE)) {
            environment.getPropertySources().addAfter(COMMAND_LINE, plain);
        } else {
            environment.getPropertySources().addFirst(plain);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
