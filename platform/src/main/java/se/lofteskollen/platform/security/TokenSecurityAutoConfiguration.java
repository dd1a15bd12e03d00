package se.lofteskollen.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.util.StringUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every profile but {@code local} (so {@code prod}): the services are OAuth2 resource servers that take
 * JWTs of one issuer, people's and integrations' (client credentials) alike. A token is taken only when
 * its signature verifies with the issuer's keys, its {@code iss} is the issuer, its {@code aud} names this
 * service, and it has an expiry that has not passed. The service does not start without an issuer and
 * an audience: there is no other way in.
 *
 * <p>The keys come from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, or a
 * {@code public-key-location}, or else the issuer's discovery document, fetched on the first request.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnClass(JwtDecoder.class)
@Profile("!local")
@EnableConfigurationProperties({ServiceSecurityProperties.class, OAuth2ResourceServerProperties.class})
public class TokenSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenSecurityAutoConfiguration.class);
    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        String issuer = jwt.getIssuerUri();
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("No token issuer is configured: set " + ISSUER
                    + " (outside the local profile the service takes only OAuth2 tokens of that issuer)");
        }
        List<String> audiences = jwt.getAudiences().stream().filter(StringUtils::hasText).toList();
        if (audiences.isEmpty()) {
            throw new IllegalStateException("No token audience is configured: set " + AUDIENCES
                    + " (a token is taken only when its aud claim names this service)");
        }
        OAuth2TokenValidator<Jwt> validator = validator(issuer, audiences);
        log.info("Tokens of issuer {} for audience {} are taken", issuer, audiences);
        if (StringUtils.hasText(jwt.getJwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (jwt.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(jwt))
                    .signatureAlgorithm(SignatureAlgorithm.from(jwt.getJwsAlgorithms().get(0)))
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // The issuer may be unreachable while the service starts; its keys are fetched when first needed.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    @Bean
    @ConditionalOnMissingBean
    JwtIdentityConverter jwtIdentityConverter(ServiceSecurityProperties properties) {
        return new JwtIdentityConverter(properties.getJwt());
    }

    /** Signature aside: expiry (required), not-before, issuer, audience. Clock skew: Spring's default 60 s. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, Collection<String> audiences) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.stream().anyMatch(audiences::contains)));
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt jwt) {
        try {
            return RsaKeyConverters.x509().convert(new ByteArrayInputStream(
                    jwt.readPublicKey().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the token issuer's public key", e);
        }
    }
}
