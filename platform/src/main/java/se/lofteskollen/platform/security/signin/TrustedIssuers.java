package se.lofteskollen.platform.security.signin;

import org.springframework.util.StringUtils;
import se.lofteskollen.events.Organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code lofteskollen.security.issuers.<name>.*}: the identity providers a deployment trusts, each with its own
 * client (for people signing in) and its own mapping of claims to role and organisation. A promise is signed by
 * two organisations with providers of their own, so there may be several; a token of any other issuer is refused.
 * The name is the client registration's id ({@code /oauth2/authorization/<name>}).
 */

public class TrustedIssuers {

    static final String PREFIX = "lofteskollen.security.issuers";

    private Map<String, Issuer> issuers = new LinkedHashMap<>();

    public Map<String, Issuer> getIssuers() {
        return issuers;
    }

    public void setIssuers(Map<String, Issuer> issuers) {
        this.issuers = issuers;
    }

    public boolean isEmpty() {
        return issuers.isEmpty();
    }

    /** The issuer whose {@code iss} this is, exactly as configured. */
    public Optional<Map.Entry<String, Issuer>> byIssuerUri(String issuerUri) {
        return issuers.entrySet().stream().filter(issuer -> issuer.getValue().getIssuerUri().equals(issuerUri)).findFirst();
    }

    /** Refuses a configuration that would take tokens it cannot check: no issuer URI, no client, no audience. */
    public void validate() {
        issuers.forEach((name, issuer) -> {
            String at = PREFIX + "." + name + ".";
            if (!StringUtils.hasText(issuer.getIssuerUri())) {
                throw new IllegalStateException("Issuer " + name + " has no issuer URI: set " + at + "issuer-uri");
            }
            if (!StringUtils.hasText(issuer.getClientId())) {
                throw new IllegalStateException("Issuer " + name + " has no client: set " + at + "client-id");
            }
            if (issuer.audiences().isEmpty()) {
                throw new IllegalStateException("Issuer " + name + " has no audience: set " + at + "audiences");
            }
            issuer.getClaims().organisationCodes(message -> new IllegalStateException("Issuer " + name + ": "
                    + at + "claims.organisation-values " + message));
        });
    }

    public static class Issuer {
        /** Exactly the {@code iss} of its tokens; its discovery document is read from here when first needed. */
        private String issuerUri;
        /** This service's client at the provider, for people signing in (authorization code with PKCE). */
        private String clientId;
        /** Empty for a public client (PKCE alone). */
        private String clientSecret;
        /** A token is taken only when its {@code aud} names one of these; the client id when none is given. */
        private List<String> audiences = new ArrayList<>();
        /** What the sign-in page calls it, e.g. "Polisen"; its name when none is given. */
        private String displayName;
        private List<String> scopes = new ArrayList<>(List.of("openid", "profile"));
        /** The keys, when they are not where the discovery document says. */
        private String jwkSetUri;
        private final Claims claims = new Claims();

        /** The audiences taken: those configured, else the client id. */
        public List<String> audiences() {
            List<String> configured = audiences.stream().filter(StringUtils::hasText).toList();
            return !configured.isEmpty() || !StringUtils.hasText(clientId) ? configured : List.of(clientId);
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public List<String> getAudiences() {
            return audiences;
        }

        public void setAudiences(List<String> audiences) {
            this.audiences = audiences;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public List<String> getScopes() {
            return scopes;
        }

        public void setScopes(List<String> scopes) {
            this.scopes = scopes;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public Claims getClaims() {
            return claims;
        }
    }

    /**
     * The claims an issuer's tokens carry. A claim name may be a dotted path into nested objects
     * ({@code realm_access.roles}). Roles and organisations may be a string, a list, or a space- or
     * comma-separated string; values are compared without regard to case.
     */
    public static class Claims {
        /** The user id recorded in the audit. */
        private String user = "sub";
        /** The display name; falls back to the user id. */
        private String name = "name";
        /** The roles: COORDINATOR, REPORTER, MANAGEMENT, OPERATOR (with or without a ROLE_ prefix). */
        private String roles = "roles";
        /** The organisation(s) the user belongs to. */
        private String organisation = "organisation";
        /**
         * How the organisation claim's values name organisations: {@code value=CODE} entries, e.g.
         * {@code Polisen LPO Vimmerby=LPO_VIMMERBY}; a value not listed names none. Empty (the default): each value
         * is an organisation's code itself, in any case ({@code police} is {@code POLICE}).
         */
        private List<String> organisationValues = new ArrayList<>();
        /** The client the token was issued to (an integration using client credentials); recorded in the audit. */
        private String client = "azp";

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRoles() {
            return roles;
        }

        public void setRoles(String roles) {
            this.roles = roles;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public List<String> getOrganisationValues() {
            return organisationValues;
        }

        public void setOrganisationValues(List<String> organisationValues) {
            this.organisationValues = organisationValues;
        }

        /**
         * {@link #organisationValues} as claim value to organisation code, or {@code invalid} applied to what is wrong
         * with an entry.
         */
        public <X extends RuntimeException> Map<String, String> organisationCodes(Function<String, X> invalid) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (String entry : organisationValues) {
                if (entry == null || entry.isBlank()) {
                    continue;
                }
                int at = entry.lastIndexOf('=');
                String value = at < 0 ? "" : entry.substring(0, at).trim();
                if (value.isEmpty()) {
                    throw invalid.apply("has an entry that is not value=CODE: " + entry);
                }
                String code = Organisations.code(entry.substring(at + 1))
                        .orElseThrow(() -> invalid.apply("maps " + value + " to what is not " + Organisations.RULE));
                codes.put(value, code);
            }
            return codes;
        }

        public String getClient() {
            return client;
        }

        public void setClient(String client) {
            this.client = client;
        }
    }
}
