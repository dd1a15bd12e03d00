package se.lofteskollen.platform.localdb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.Map;

/**
 * When no {@code spring.datasource.url} is given, the service starts (or joins) the local embedded
 * PostgreSQL instead of failing: that is what makes the README's run command work on a machine with
 * only a JDK. A configured URL always wins, and {@code lofteskollen.local-database.enabled=false}
 * switches this off.
 */
public class LocalDatabaseDefault implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("lofteskollen.local-database.enabled", Boolean.class, true)) {
            return;
        }
        Path directory = Path.of(environment.getProperty("lofteskollen.local-database.directory", "data/postgres"));
        int port = environment.getProperty("lofteskollen.local-database.port", Integer.class, 54329);
        LocalDatabase database = LocalDatabase.startOrJoin(directory, port);
        if (database.ownsServer()) {
            // Stop the database only after the context (and its connection pool) has closed.
            application.addListeners(event -> {
                if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
                    database.close();
                }
            });
        }
        environment.getPropertySources().addFirst(new MapPropertySource("lofteskollenLocalDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", LocalDatabase.USER,
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that a URL given in any of them is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
