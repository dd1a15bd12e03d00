package se.lofteskollen.platform.security.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client registration of each trusted issuer, made from its discovery document when a browser first needs
 * it (a sign-in, its callback, a logout), not at start: Spring Boot's {@code spring.security.oauth2.client.provider.*
 * .issuer-uri} would read every provider's document while the service starts, and a service must start, and its
 * API answer, while a provider is down. A failed lookup is not remembered, so the next sign-in tries again.
 */
public final class IssuerClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistrations.class);

    private final TrustedIssuers issuers;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    public IssuerClientRegistrations(TrustedIssuers issuers) {
        this.issuers = issuers;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        TrustedIssuers.Issuer issuer = issuers.getIssuers().get(registrationId);
        if (issuer == null) {
            return null;
        }
        return discovered.computeIfAbsent(registrationId, name -> discover(name, issuer));
    }

    private static ClientRegistration discover(String name, TrustedIssuers.Issuer issuer) {
        log.info("Reading the discovery document of issuer {} at {}", name, issuer.getIssuerUri());
        boolean publicClient = !StringUtils.hasText(issuer.getClientSecret());
        return ClientRegistrations.fromIssuerLocation(issuer.getIssuerUri())
                .registrationId(name)
                .clientName(StringUtils.hasText(issuer.getDisplayName()) ? issuer.getDisplayName() : name)
                .clientId(issuer.getClientId())
                .clientSecret(publicClient ? null : issuer.getClientSecret())
                // A public client proves itself with PKCE alone; Spring adds PKCE to its requests on its own.
                .clientAuthenticationMethod(publicClient ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(issuer.getScopes())
                .userNameAttributeName(issuer.getClaims().getUser())
                .build();
    }
}
