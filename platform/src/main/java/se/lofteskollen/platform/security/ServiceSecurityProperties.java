package se.lofteskollen.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code lofteskollen.security.*}: what the identity provider's tokens call roles, organisation and name,
 * which browser origins may call the API, and how large a request body may be. The issuer, audience and
 * keys of the tokens are Spring Boot's own {@code spring.security.oauth2.resourceserver.jwt.*} settings.
 */
@ConfigurationProperties("lofteskollen.security")
public class ServiceSecurityProperties {

    private final Jwt jwt = new Jwt();
    private final Cors cors = new Cors();
    /** The largest request body taken; a larger one is refused with 413 before anything reads it. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);

    public Jwt getJwt() {
        return jwt;
    }

    public Cors getCors() {
        return cors;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /**
     * The claims a token carries. A claim name may be a dotted path into nested objects
     * ({@code realm_access.roles}). Roles and organisations may be a string, a list, or a
     * space- or comma-separated string; values are compared without regard to case.
     */
    public static class Jwt {
        /** The user id recorded in the audit. */
        private String userClaim = "sub";
        /** The display name; falls back to the user id. */
        private String nameClaim = "name";
        /** The roles: COORDINATOR, REPORTER, MANAGEMENT (with or without a ROLE_ prefix). */
        private String rolesClaim = "roles";
        /** The organisation(s): POLICE, MUNICIPALITY. */
        private String organisationClaim = "organisation";
        /** The client the token was issued to (an integration using client credentials); recorded in the audit. */
        private String clientClaim = "azp";

        public String getUserClaim() {
            return userClaim;
        }

        public void setUserClaim(String userClaim) {
            this.userClaim = userClaim;
        }

        public String getNameClaim() {
            return nameClaim;
        }

        public void setNameClaim(String nameClaim) {
            this.nameClaim = nameClaim;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }

        public String getOrganisationClaim() {
            return organisationClaim;
        }

        public void setOrganisationClaim(String organisationClaim) {
            this.organisationClaim = organisationClaim;
        }

        public String getClientClaim() {
            return clientClaim;
        }

        public void setClientClaim(String clientClaim) {
            this.clientClaim = clientClaim;
        }
    }

    /** Cross-origin calls from browsers: none unless origins are listed. */
    public static class Cors {
        /** Exact origins, e.g. {@code https://intranet.vastervik.se}. Empty: no cross-origin call is allowed. */
        private List<String> allowedOrigins = new ArrayList<>();

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }
    }
}
