package se.lofteskollen.platform.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.Map;

/**
 * What a service shows of itself outside {@code local}: no Swagger UI and no {@code /v3/api-docs} (they list every
 * endpoint and field to anyone who asks) unless {@code lofteskollen.api-docs.enabled=true}, and a session cookie
 * sent over TLS only ({@code Secure}; {@code SameSite=Lax} everywhere, from StackDefaults). In {@code local} the
 * docs are on and the cookie works over plain http. These are defaults of the lowest precedence: a deployment
 * overrides any of them. Behind a TLS-terminating proxy, {@code server.forward-headers-strategy=native} (or
 * {@code framework}) makes the service see the original scheme and host; it is honoured as Spring Boot has it.
 * <p>
 * Runs after the config files are read, so that a profile named in them counts too.
 */
public class ProductionSurface implements EnvironmentPostProcessor, Ordered {

    static final String API_DOCS = "lofteskollen.api-docs.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        environment.getPropertySources().addLast(new MapPropertySource("lofteskollenProductionSurface", Map.of(
                API_DOCS, String.valueOf(local),
                "springdoc.api-docs.enabled", "${" + API_DOCS + "}",
                "springdoc.swagger-ui.enabled", "${" + API_DOCS + "}",
                "server.servlet.session.cookie.secure", String.valueOf(!local),
                "server.servlet.session.cookie.same-site", "lax")));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
