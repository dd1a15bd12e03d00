package se.lofteskollen.identityprovider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OpenID Connect back-channel logout, which Spring Authorization Server does not send itself: when a person signs
 * out here, every service is told with a signed logout token naming the provider session ({@code sid}), and each
 * ends its own session for it (Spring Security's {@code oidcLogout().backChannel()} on the services' side). So
 * signing out of one service signs the person out of both at once.
 */
@Component
class BackChannelLogout {

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private final ServiceClients services;
    private final JwtEncoder tokens;
    private final RestClient http = RestClient.create();

    BackChannelLogout(ServiceClients services, JwtEncoder tokens) {
        this.services = services;
        this.tokens = tokens;
    }

    void notifyServices(Authentication logout) {
        if (!(logout instanceof OidcLogoutAuthenticationToken request) || request.getIdToken() == null) {
            return;
        }
        OidcIdToken idToken = request.getIdToken();
        String issuer = AuthorizationServerContextHolder.getContext().getIssuer();
        services.getClients().forEach((clientId, baseUrl) -> {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("logout_token", logoutToken(issuer, clientId, idToken));
            try {
                http.post().uri(ServiceClients.backChannelLogoutUri(baseUrl))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toBodilessEntity();
            } catch (RuntimeException unreachable) {
                // A service that is down has no session to end; the person's sign-out goes on.
                log.info("Back-channel logout to {} failed: {}", clientId, unreachable.getMessage());
            }
        });
    }

    private String logoutToken(String issuer, String clientId, OidcIdToken idToken) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(clientId))
                .issuedAt(Instant.now())
                .id(UUID.randomUUID().toString())
                .subject(idToken.getSubject())
                .claim("events", Map.of(EVENT, Map.of()));
        String sid = idToken.getClaimAsString("sid");
        if (sid != null) {
            claims.claim("sid", sid);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build();
        return tokens.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
