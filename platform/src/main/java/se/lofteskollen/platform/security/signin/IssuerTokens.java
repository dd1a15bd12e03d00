package se.lofteskollen.platform.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.util.StringUtils;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bearer tokens of the trusted issuers: the token's {@code iss} picks the issuer (Spring's
 * {@link JwtIssuerAuthenticationManagerResolver}), and that issuer's keys, audiences and claim mapping decide.
 * A token of an issuer not configured is refused (401) before anything is fetched for it. An issuer's keys are
 * looked up when its first token arrives, so the service starts, and takes other issuers' tokens (and Basic in
 * {@code local}), while a provider is unreachable.
 */
public final class IssuerTokens {

    private final Map<String, AuthenticationManager> byIssuer;

    public IssuerTokens(TrustedIssuers issuers) {
        this.byIssuer = issuers.getIssuers().values().stream()
                .collect(Collectors.toUnmodifiableMap(TrustedIssuers.Issuer::getIssuerUri, IssuerTokens::manager));
    }

    public AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(byIssuer::get);
    }

    private static AuthenticationManager manager(TrustedIssuers.Issuer issuer) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuer));
        provider.setJwtAuthenticationConverter(new JwtIdentityConverter(new ClaimMapping(issuer.getClaims())));
        return provider::authenticate;
    }

    static JwtDecoder decoder(TrustedIssuers.Issuer issuer) {
        OAuth2TokenValidator<Jwt> validator = validator(issuer.getIssuerUri(), issuer.audiences());
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = StringUtils.hasText(issuer.getJwkSetUri())
                    ? NimbusJwtDecoder.withJwkSetUri(issuer.getJwkSetUri()).build()
                    : NimbusJwtDecoder.withIssuerLocation(issuer.getIssuerUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /** Signature aside: expiry (required), not-before, issuer, audience. Clock skew: Spring's default 60 s. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, Collection<String> audiences) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains)));
    }
}
