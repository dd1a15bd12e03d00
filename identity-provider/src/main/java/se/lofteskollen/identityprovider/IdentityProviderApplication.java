package se.lofteskollen.identityprovider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.PropertySource;

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
        SpringApplication application = new SpringApplication(IdentityProviderApplication.class);
        // It holds no database. The platform's local-database default runs before any property file is read, so
        // it is switched off here, where it sees it.
        application.setDefaultProperties(Map.of("lofteskollen.local-database.enabled", "false"));
        application.run(args);
    }
}
