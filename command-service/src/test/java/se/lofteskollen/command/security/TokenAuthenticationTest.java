package se.lofteskollen.command.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lofteskollen.command.dispatch.CommandDispatcher;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.seed.DefaultDataLoader;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.RawHttp;
import se.lofteskollen.platform.testing.TestIssuer;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile with two trusted issuers (the police's and the municipality's, each with its own claim names),
 * whose keys are served from this machine ({@link TestIssuer}). A token is taken only with the right signature, issuer and audience, an expiry not passed,
 * and a role of this service; the audit then names the token's user, organisation and client.
 */
@CommandServiceTest
@ActiveProfiles("prod")
@ExtendWith(OutputCaptureExtension.class)
class TokenAuthenticationTest {

    private static final String ISSUER = "https://idp.example/realms/lofteskollen";
    private static final String AUDIENCE = "lofteskollen-api";
    /** The police's provider, with the default claim names. */
    private static final TestIssuer POLICE = new TestIssuer(ISSUER);
    /** The municipality's provider, whose tokens name roles, organisation and user by claims of their own. */
    private static final TestIssuer MUNICIPALITY = new TestIssuer("https://login.vastervik.example");
    /** Signs with its own key, as a token of the police's issuer that the police did not issue. */
    private static final TestIssuer IMPOSTOR = new TestIssuer(ISSUER);
    /** A provider the service was never told about. */
    private static final TestIssuer NOT_CONFIGURED = new TestIssuer("https://idp.elsewhere.example");

    @LocalServerPort
    int port;
    @Autowired
    EventStoreRows events;

    @DynamicPropertySource
    static void twoTrustedIssuers(DynamicPropertyRegistry properties) {
        List<String> settings = new ArrayList<>(POLICE.settings("polisen", "lofteskollen-command", AUDIENCE));
        settings.addAll(MUNICIPALITY.settings("kommunen", "lofteskollen-command", AUDIENCE,
                "claims.user=preferred_username", "claims.roles=groups", "claims.organisation=org"));
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            properties.add(setting.substring(0, equals), () -> setting.substring(equals + 1));
        }
    }

    /** Outside {@code local} the service never loads the default data; these tests report on its commitments. */
    @BeforeEach
    void theDefaultDataAsInLocal(@Autowired CommitmentDirectory directory, @Autowired CommandDispatcher dispatcher,
                                 @Autowired Clock clock) {
        new DefaultDataLoader(directory, dispatcher, clock).run(null);
    }

    /** A police reporter's token as the issuer would sign it; {@code change} spoils one part of it. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        return token(POLICE, change);
    }

    private static String token(TestIssuer issuer, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .audience(AUDIENCE)
                .subject("anna.polis")
                .claim("name", "Anna Polis")
                .claim("roles", List.of("REPORTER"))
                .claim("organisation", "POLICE")
                .claim("azp", "lofteskollen-web")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
        return issuer.sign(change.apply(claims).build());
    }

    private HttpResponse<String> reportWith(String token, String activityId, String commitmentId) {
        RawHttp http = new RawHttp(port);
        if (token != null) {
            http.header("Authorization", "Bearer " + token);
        }
        return http.postJson("/api/activities", """
                {"activityId":"%s","kind":"FOOT_PATROL","commitmentIds":["%s"],"occurredOn":"2025-05-20"}"""
                .formatted(activityId, commitmentId));
    }

    private void assertRefused(String token, String why) {
        long before = events.count();
        HttpResponse<String> answer = reportWith(token, "refused-" + why, "vastervik-2025-6.3");
        assertThat(answer.statusCode()).as(why + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aValidTokenIsTakenAndTheAuditNamesItsUserOrganisationAndClient() {
        HttpResponse<String> answer = reportWith(token(claims -> claims), "token-patrol", "vastervik-2025-6.3");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var metaData = events.of("token-patrol").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("anna.polis");
        assertThat(metaData.path("userName").asText()).isEqualTo("Anna Polis");
        assertThat(metaData.path("organisation").asText()).isEqualTo("POLICE");
        assertThat(metaData.path("role").asText()).isEqualTo("REPORTER");
        assertThat(metaData.path("client").asText()).isEqualTo("lofteskollen-web");
    }

    @Test
    void anIntegrationWithClientCredentialsIsRecordedAsItsClient() {
        String token = token(claims -> claims.subject("service-account-est-import").claim("name", null)
                .claim("organisation", List.of("MUNICIPALITY")).claim("azp", "est-import"));

        HttpResponse<String> answer = reportWith(token, "token-situation-picture", "vastervik-2025-6.1");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var metaData = events.of("token-situation-picture").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("service-account-est-import");
        assertThat(metaData.path("organisation").asText()).isEqualTo("MUNICIPALITY");
        assertThat(metaData.path("client").asText()).isEqualTo("est-import");
    }

    @Test
    void aUserOfTheSecondIssuerGetsTheRoleAndOrganisationThatIssuersOwnClaimsName() {
        String token = token(MUNICIPALITY, claims -> claims.subject("f:81c2").claim("preferred_username", "karin.kommun")
                .claim("name", "Karin Kommun").claim("roles", null).claim("organisation", null)
                .claim("groups", List.of("offline_access", "REPORTER")).claim("org", "MUNICIPALITY"));

        HttpResponse<String> answer = reportWith(token, "token-municipality", "vastervik-2025-7.1");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var metaData = events.of("token-municipality").get(0).metaData();
        assertThat(metaData.path("userId").asText()).isEqualTo("karin.kommun");
        assertThat(metaData.path("organisation").asText()).isEqualTo("MUNICIPALITY");
        assertThat(metaData.path("role").asText()).isEqualTo("REPORTER");
    }

    @Test
    void eachIssuerIsReadWithItsOwnMappingNotTheOthers() {
        // The police's claim names in a municipality token: that issuer's roles live in "groups", so no role.
        assertRefused(token(MUNICIPALITY, claims -> claims), "other-issuers-claims");
    }

    @Test
    void aTokenOfAnIssuerNotConfiguredIsRefused() {
        assertRefused(token(NOT_CONFIGURED, claims -> claims), "issuer-not-configured");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefused(token(claims -> claims.issuer("https://idp.example/realms/other")), "wrong-issuer");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(token(claims -> claims.audience("some-other-service")), "wrong-audience");
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(token(claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600)))), "expired");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(token(claims -> claims.expirationTime(null)), "no-expiry");
    }

    @Test
    void aTokenWithoutARoleOfThisServiceIsRefused() {
        assertRefused(token(claims -> claims.claim("roles", null)), "no-role");
        assertRefused(token(claims -> claims.claim("roles", List.of("ADMIN", "offline_access"))), "unknown-role");
    }

    @Test
    void aReportersTokenWithoutAnOrganisationIsRefused() {
        assertRefused(token(claims -> claims.claim("organisation", null)), "no-organisation");
    }

    @Test
    void aTokenWhoseClaimsTheAuditCannotStoreIsRefusedAndNothingIsStored() {
        assertRefused(token(claims -> claims.claim("azp", "c".repeat(41))), "client-over-40");
        assertRefused(token(claims -> claims.subject("u".repeat(101))), "user-over-100");
        assertRefused(token(claims -> claims.claim("name", "Anna\u0000Polis")), "nul-in-name");
        assertRefused(token(claims -> claims.subject("anna\u001b[2Jpolis")), "escape-in-user");
    }

    @Test
    void outsideLocalTheApiDocsAndSwaggerUiAreNotServed() {
        RawHttp http = new RawHttp(port);
        assertThat(http.get("/v3/api-docs").statusCode()).isIn(401, 404);
        assertThat(new RawHttp(port).get("/swagger-ui/index.html").statusCode()).isIn(401, 404);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertRefused(token(IMPOSTOR, claims -> claims), "other-key");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("anna.polis")
                .claim("roles", List.of("COORDINATOR")).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        assertRefused(new PlainJWT(claims).serialize(), "unsigned");
    }

    @Test
    void noTokenAndTheBuiltInUsersOfTheLocalProfileAreRefused() {
        assertRefused(null, "no-token");
        long before = events.count();
        HttpResponse<String> basic = new RawHttp(port).basic("samordnare", "samordnare").postJson("/api/promises", """
                {"promiseId":"basic-in-prod","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aValidTokenStillMayDoOnlyWhatItsRoleAndOrganisationAllow() {
        long before = events.count();

        HttpResponse<String> otherOrganisation = reportWith(token(claims -> claims), "token-other", "vastervik-2025-7.1");
        HttpResponse<String> management = reportWith(token(claims -> claims.claim("roles", "MANAGEMENT")
                .claim("organisation", null)), "token-management", "vastervik-2025-6.3");

        assertThat(otherOrganisation.statusCode()).isEqualTo(403);
        assertThat(management.statusCode()).isEqualTo(403);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aRefusedTokenIsLoggedWithoutTheToken(CapturedOutput output) {
        String expired = token(claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))));

        reportWith(expired, "logged-expired", "vastervik-2025-6.3");

        assertThat(output.getOut().lines().filter(line -> line.contains("lofteskollen.security")))
                .anySatisfy(line -> assertThat(line).contains("event=authentication_failed", "path=\"/api/activities\"",
                        "reason=\"bearer: ", "expired"));
        assertThat(output.getOut()).doesNotContain(expired, expired.substring(expired.lastIndexOf('.') + 1));
    }

}
