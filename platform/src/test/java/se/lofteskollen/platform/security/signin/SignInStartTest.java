package se.lofteskollen.platform.security.signin;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import se.lofteskollen.platform.security.LocalSecurityAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the local profile the only ways in are the configured issuers; none configured, the service does not
 * start. Nothing here reaches a provider: discovery waits for the first browser or token that needs it.
 */
class SignInStartTest {

    private static final String POLICE = "lofteskollen.security.issuers.polisen.";

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withPropertyValues("spring.application.name=command-service")
            .withConfiguration(AutoConfigurations.of(LocalSecurityAutoConfiguration.class,
                    SignInAutoConfiguration.class));

    @Test
    void prodWithoutAnIssuerRefusesToStartNamingTheSettings() {
        service.withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("No identity provider is configured: set "
                                + "lofteskollen.security.issuers.<name>.issuer-uri, .client-id, .client-secret and .audiences"));
    }

    @Test
    void anIssuerWithoutAClientRefusesToStart() {
        service.withPropertyValues("spring.profiles.active=prod", POLICE + "issuer-uri=https://idp.polisen.example")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("Issuer polisen has no client: set lofteskollen.security.issuers.polisen.client-id"));
    }

    @Test
    void prodWithAnUnreachableIssuerStartsWithoutBuiltInUsersAndTheAudienceDefaultsToTheClient() {
        service.withPropertyValues("spring.profiles.active=prod", POLICE + "issuer-uri=http://127.0.0.1:9/unreachable",
                        POLICE + "client-id=lofteskollen-command", POLICE + "display-name=Polisen")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ClientRegistrationRepository.class);
                    assertThat(context).doesNotHaveBean(UserDetailsService.class);
                    SignIn signIn = context.getBean(SignIn.class);
                    assertThat(signIn.issuers().getIssuers().get("polisen").audiences()).containsExactly("lofteskollen-command");
                    assertThat(signIn.entry()).isEqualTo("/oauth2/authorization/polisen");
                    assertThat(signIn.links()).containsEntry("/oauth2/authorization/polisen", "Polisen");
                });
    }

    @Test
    void anIssuersOrganisationNamesAreReadFromOneCommaSeparatedSettingAsAnEnvironmentVariableGivesThem() {
        service.withPropertyValues("spring.profiles.active=prod", POLICE + "issuer-uri=http://127.0.0.1:9/unreachable",
                        POLICE + "client-id=lofteskollen-command",
                        POLICE + "claims.organisation-values=Polisen LPO Västervik=POLICE,Polisen LPO Vimmerby=lpo_vimmerby")
                .run(context -> assertThat(context.getBean(SignIn.class).issuers().getIssuers().get("polisen")
                        .getClaims().organisationCodes(IllegalStateException::new))
                        .containsExactly(java.util.Map.entry("Polisen LPO Västervik", "POLICE"),
                                java.util.Map.entry("Polisen LPO Vimmerby", "LPO_VIMMERBY")));
    }

    @Test
    void anOrganisationNameMappedToWhatIsNoCodeRefusesToStartNamingTheSetting() {
        service.withPropertyValues("spring.profiles.active=prod", POLICE + "issuer-uri=http://127.0.0.1:9/unreachable",
                        POLICE + "client-id=lofteskollen-command",
                        POLICE + "claims.organisation-values=Polisen LPO Västervik=LPO Västervik")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("lofteskollen.security.issuers.polisen.claims.organisation-values maps "
                                + "Polisen LPO Västervik to what is not an organisation code"));
    }

    @Test
    void localAndProdTogetherRefuseToStart() {
        service.withPropertyValues("spring.profiles.active=local,prod")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("local and prod are both active"));
    }

    @Test
    void theLocalProfileTrustsTheLocalIdentityProviderAndHasTheBuiltInUsersForBasic() {
        service.withPropertyValues("spring.profiles.active=local")
                .run(context -> {
                    TrustedIssuers.Issuer local = context.getBean(SignIn.class).issuers().getIssuers().get("local");
                    assertThat(local.getIssuerUri()).isEqualTo("http://localhost:8083");
                    assertThat(local.getClientId()).isEqualTo("command-service");
                    assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("polis").getAuthorities())
                            .extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_REPORTER", "ORG_POLICE", "NAME_Kommunpolisen");
                    assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("drift").getAuthorities())
                            .extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_OPERATOR", "NAME_Driften");
                });
    }
}
