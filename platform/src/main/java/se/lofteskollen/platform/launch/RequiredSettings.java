package se.lofteskollen.platform.launch;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Fails closed: a service never guesses whether it is a deployment or a trial run. Without an active profile,
 * or without a database URL, it refuses to start and {@link MissingSettingsFailureAnalyzer} says what to set.
 * A default profile would hand anyone on the network the built-in users of {@code local}, and a default
 * database would quietly put an append-only log somewhere nobody backs up.
 *
 * <p>It listens for the prepared environment, after every environment post-processor (the tests' own
 * settings included) and after logging is set up, so the refusal is printed the way the service logs.
 */
public class RequiredSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<MissingSetting> missing = missingIn(event.getEnvironment());
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    static List<MissingSetting> missingIn(ConfigurableEnvironment environment) {
        List<MissingSetting> missing = new ArrayList<>();
        if (environment.getActiveProfiles().length == 0) {
            missing.add(MissingSetting.PROFILE);
        }
        // Only the local identity provider, which holds no data, says it needs no database.
        boolean needsDatabase = environment.getProperty("lofteskollen.launch.needs-database", Boolean.class, true);
        if (needsDatabase && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            missing.add(environment.acceptsProfiles(Profiles.of("local"))
                    ? MissingSetting.LOCAL_DATABASE_URL : MissingSetting.DATABASE_URL);
        }
        return missing;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
