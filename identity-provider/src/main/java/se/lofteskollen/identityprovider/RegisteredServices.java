package se.lofteskollen.identityprovider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

import java.util.List;

/**
 * One public client per service, as a browser sign-in needs it: authorization code with PKCE (a public client has
 * no secret to keep, and on one machine there is none worth keeping), no consent page (they are our own services),
 * the service's sign-in callback and its page after signing out.
 */
@Configuration
class RegisteredServices {

    @Bean
    RegisteredClientRepository registeredClients(ServiceClients services) {
        List<RegisteredClient> clients = services.getClients().entrySet().stream()
                .map(service -> RegisteredClient.withId(service.getKey())
                        .clientId(service.getKey())
                        .clientName(service.getKey())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(ServiceClients.redirectUri(service.getValue()))
                        .postLogoutRedirectUri(ServiceClients.postLogoutRedirectUri(service.getValue()))
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder().requireProofKey(true)
                                .requireAuthorizationConsent(false).build())
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }
}
