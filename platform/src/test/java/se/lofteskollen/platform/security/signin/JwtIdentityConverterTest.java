package se.lofteskollen.platform.security.signin;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtIdentityConverterTest {

    private final TrustedIssuers.Claims claims = new TrustedIssuers.Claims();

    private Jwt token(Map<String, Object> claimValues) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claimValues.forEach(builder::claim);
        return builder.build();
    }

    private List<String> authorities(Jwt jwt) {
        return new JwtIdentityConverter(new ClaimMapping(claims)).convert(jwt).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void aReportersTokenGivesRoleOrganisationNameAndClient() {
        var authentication = new JwtIdentityConverter(new ClaimMapping(claims)).convert(token(Map.of(
                "sub", "anna.p", "name", "Anna Polis", "roles", List.of("REPORTER"), "organisation", "POLICE",
                "azp", "est-import")));

        assertThat(authentication.getName()).isEqualTo("anna.p");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_REPORTER", "ORG_POLICE", "NAME_Anna Polis", "CLIENT_est-import");
    }

    @Test
    void claimNamesAreConfigurableAndMayBeNestedPaths() {
        claims.setRoles("realm_access.roles");
        claims.setOrganisation("org");
        claims.setUser("preferred_username");

        var authentication = new JwtIdentityConverter(new ClaimMapping(claims)).convert(token(Map.of(
                "sub", "f:1234", "preferred_username", "kalle", "realm_access", Map.of("roles", List.of("offline", "role_coordinator")),
                "org", "police municipality")));

        assertThat(authentication.getName()).isEqualTo("kalle");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_COORDINATOR", "ORG_POLICE", "ORG_MUNICIPALITY", "NAME_kalle");
    }

    @Test
    void unknownRolesAndValuesThatAreNoOrganisationCodeAreIgnored() {
        assertThat(authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT ADMIN SYSTEM",
                "organisation", List.of("Polisen i Öst", "hultsfreds_kommun")))))
                .containsExactlyInAnyOrder("ROLE_MANAGEMENT", "ORG_HULTSFREDS_KOMMUN", "NAME_x");
    }

    @Test
    void anIssuersOrganisationNamesAreMappedToCodesByConfigurationAndOthersNameNone() {
        claims.setOrganisationValues(List.of("Polisen LPO Vimmerby=LPO_VIMMERBY", "Hultsfreds kommun = hultsfreds_kommun"));

        assertThat(authorities(token(Map.of("sub", "x", "roles", "COORDINATOR",
                "organisation", "Polisen LPO Vimmerby, Hultsfreds kommun, Västerviks kommun"))))
                .containsExactlyInAnyOrder("ROLE_COORDINATOR", "ORG_LPO_VIMMERBY", "ORG_HULTSFREDS_KOMMUN", "NAME_x");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "REPORTER", "organisation", "POLICE"))))
                .as("once names are mapped, a code is not a name").isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aMappingToWhatIsNoOrganisationCodeStopsTheConfiguration() {
        claims.setOrganisationValues(List.of("Polisen LPO Vimmerby=LPO Vimmerby"));

        assertThatThrownBy(() -> new ClaimMapping(claims)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Polisen LPO Vimmerby");
        claims.setOrganisationValues(List.of("LPO_VIMMERBY"));
        assertThatThrownBy(() -> new ClaimMapping(claims)).hasMessageContaining("value=CODE");
    }

    @Test
    void aTokenWithoutARoleOfThisServiceIsRefused() {
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", List.of("ADMIN")))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("no role");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aReporterWithoutAnOrganisationIsRefused() {
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "REPORTER"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("organisation");
    }

    @Test
    void noTokenMayClaimTheSystemUser() {
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "system", "roles", "COORDINATOR"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void claimsLongerThanTheAuditStoresAreRefused() {
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "azp", "c".repeat(41)))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("azp").hasMessageContaining("40");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "u".repeat(101), "roles", "MANAGEMENT"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("sub");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "name", "n".repeat(201)))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("name");
        assertThat(authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "azp", "c".repeat(40)))))
                .contains("CLIENT_" + "c".repeat(40));
    }

    @Test
    void claimsWithControlCharactersAreRefused() {
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "anna\u0000", "roles", "MANAGEMENT"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "name", "Anna\nPolis"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "azp", "est\u001b[31m"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("azp");
    }

    @Test
    void claimsAreTakenInNfc() {
        assertThat(authorities(token(Map.of("sub", "x", "roles", "MANAGEMENT", "name", "Ve\u0301stervik"))))
                .contains("NAME_V\u00e9stervik");
    }
}
