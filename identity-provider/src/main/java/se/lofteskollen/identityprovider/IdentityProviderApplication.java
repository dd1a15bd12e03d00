package se.lofteskollen.identityprovider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Profiles;

import java.util.Map;

/**
 * The local profile's OpenID Connect provider: it holds the built-in users, so that signing in locally is the
 * production flow (authorization code with PKCE, one session for both services, RP-initiated and back-channel
 * logout). Never part of a production deployment, where each organisation's own provider takes its place.
 *
 * <p>It uses only the platform's list of built-in users; the platform's auto-configurations (event store, the
 * services' web security) are not for it.
 */
@SpringBootApplication(excludeName = {
        "se.lofteskollen.platform.eventstore.EventStoreAutoConfiguration",
        "se.lofteskollen.platform.security.LocalSecurityAutoConfiguration",
        "se.lofteskollen.platform.security.signin.SignInAutoConfiguration",
        "se.lofteskollen.platform.security.WebSecurityAutoConfiguration"})
@PropertySource("classpath:identity-provider.properties")
@EnableConfigurationProperties(ServiceClients.class)
public class IdentityProviderApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The provider as its jar starts it, with the launch checks it adds to the platform's. */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(IdentityProviderApplication.class);
        // It holds no data, so the platform's launch check asks for no database; it reads this before any
        // property file, so it is said here.
        application.setDefaultProperties(Map.of("lofteskollen.launch.needs-database", "false"));
        // Its users are the built-in ones with published passwords: it exists for the local profile only.
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            if (!event.getEnvironment().acceptsProfiles(Profiles.of("local"))) {
                throw new IllegalStateException("The local identity provider holds the built-in users and runs only "
                        + "in the local profile: set SPRING_PROFILES_ACTIVE=local. A deployment uses its "
                        + "organisations' own identity providers (lofteskollen.security.issuers.*).");
            }
        });
        return application;
    }
}
