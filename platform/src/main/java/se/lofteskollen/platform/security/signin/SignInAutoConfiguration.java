package se.lofteskollen.platform.security.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The trusted issuers ({@link TrustedIssuers}), in every profile: people sign in through them (OpenID Connect,
 * {@code oauth2Login}) and the API takes their tokens. In {@code local} the local identity provider is one of
 * them ({@link LocalIssuer}). Anywhere else, a service without an issuer refuses to start: it would have no way
 * in but none at all, and an operator should learn that at start, not from the first user.
 */
@AutoConfiguration(before = {OAuth2ClientAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnClass(ClientRegistrationRepository.class)
@EnableConfigurationProperties

public class SignInAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignInAutoConfiguration.class);

    @Bean
    @ConfigurationProperties("lofteskollen.security")
    TrustedIssuers trustedIssuers() {
        return new TrustedIssuers();
    }

    @Bean
    SignIn signIn(TrustedIssuers issuers, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            LocalIssuer.fillIn(issuers, environment);
        } else if (issuers.isEmpty()) {
            throw new IllegalStateException("No identity provider is configured: set "
                    + TrustedIssuers.PREFIX + ".<name>.issuer-uri, .client-id, .client-secret and .audiences "
                    + "(outside the local profile people sign in, and tokens are taken, only from the issuers configured)");
        }
        issuers.validate();
        issuers.getIssuers().forEach((name, issuer) -> log.info("Trusted issuer {}: {} (client {}, audiences {})",
                name, issuer.getIssuerUri(), issuer.getClientId(), issuer.audiences()));
        return new SignIn(issuers, new IssuerClientRegistrations(issuers), new IssuerUserService(issuers),
                new IssuerTokens(issuers));
    }

    /** A bean, so that Spring Boot adds the authorized-client service and repository that oauth2Login uses. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SignIn signIn) {
        return signIn.registrations();
    }
}
