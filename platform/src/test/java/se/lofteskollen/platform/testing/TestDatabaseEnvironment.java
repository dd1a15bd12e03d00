package se.lofteskollen.platform.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * On a test class path, every application context that was not given a datasource gets a fresh
 * database on the test PostgreSQL, never the data folder of the run command (unless
 * {@link TestProfile#SWITCH} is {@code false}).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestProfile.enabled(environment) || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("lofteskollenTestDatabase", Map.of(
                "spring.datasource.url", TestDatabase.newDatabaseUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        // After the config data, so that a URL given in any config file is seen.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
