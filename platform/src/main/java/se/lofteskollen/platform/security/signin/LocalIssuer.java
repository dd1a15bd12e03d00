package se.lofteskollen.platform.security.signin;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The local profile's issuer, {@code lofteskollen.security.issuers.local}: the local identity provider
 * ({@code identity-provider}, port 8083), which holds the built-in users, with this service's own client there
 * (its application name). Whatever is configured for it wins; only what is missing is filled in.
 */
final class LocalIssuer {

    static final String NAME = "local";
    static final String DEFAULT_URI = "http://localhost:8083";

    static void fillIn(TrustedIssuers issuers, Environment environment) {
        TrustedIssuers.Issuer local = issuers.getIssuers().computeIfAbsent(NAME, name -> new TrustedIssuers.Issuer());
        if (!StringUtils.hasText(local.getIssuerUri())) {
            local.setIssuerUri(DEFAULT_URI);
        }
        if (!StringUtils.hasText(local.getClientId())) {
            local.setClientId(environment.getRequiredProperty("spring.application.name"));
        }
        if (!StringUtils.hasText(local.getDisplayName())) {
            local.setDisplayName("Lokala användare");
        }
    }

    private LocalIssuer() {
    }
}
