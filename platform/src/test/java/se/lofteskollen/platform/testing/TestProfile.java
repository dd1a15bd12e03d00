package se.lofteskollen.platform.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.List;
import java.util.Map;

/**
 * On a test class path, an application started without a profile runs {@code local} (the built-in users the
 * tests sign in with), chosen here explicitly since a service has no default profile. A test that names a
 * profile ({@code @ActiveProfiles}, {@code --spring.profiles.active}, {@code SpringApplicationBuilder.profiles})
 * gets that one alone. {@link #SWITCH}{@code =false} starts the application as its jar would, to test the
 * refusals of a service that was not told what it is.
 */
public class TestProfile implements EnvironmentPostProcessor, Ordered {

    /** {@code false}: no test profile and no test database, as when the service's jar is started. */
    public static final String SWITCH = "lofteskollen.testing.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!enabled(environment) || namesAProfile(environment, application)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("lofteskollenTestProfile",
                Map.of("spring.profiles.active", "local")));
    }

    static boolean enabled(ConfigurableEnvironment environment) {
        return environment.getProperty(SWITCH, Boolean.class, true);
    }

    private static boolean namesAProfile(ConfigurableEnvironment environment, SpringApplication application) {
        // Bound rather than read, so the indexed form @ActiveProfiles writes (spring.profiles.active[0]) counts too.
        List<String> bound = Binder.get(environment).bind("spring.profiles.active", Bindable.listOf(String.class))
                .orElse(List.of());
        return !bound.isEmpty() || environment.getActiveProfiles().length > 0 || !application.getAdditionalProfiles().isEmpty();
    }

    @Override
    public int getOrder() {
        // Before the config data is read, which settles the active profiles.
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
