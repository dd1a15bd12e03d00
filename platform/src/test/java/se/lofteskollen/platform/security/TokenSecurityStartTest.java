package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the local profile there is no way in but tokens of a configured issuer, for a configured audience. */
class TokenSecurityStartTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LocalSecurityAutoConfiguration.class,
                    TokenSecurityAutoConfiguration.class));

    @Test
    void prodWithoutAnIssuerRefusesToStart() {
        service.withPropertyValues("spring.profiles.active=prod",
                        "spring.security.oauth2.resourceserver.jwt.audiences=lofteskollen")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("No token issuer is configured: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
                                + "(outside the local profile the service takes only OAuth2 tokens of that issuer)"));
    }

    @Test
    void prodWithoutAnAudienceRefusesToStart() {
        service.withPropertyValues("spring.profiles.active=prod",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example/realms/lofteskollen")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("No token audience is configured"));
    }

    @Test
    void prodWithIssuerAndAudienceTakesTokensAndHasNoBuiltInUsers() {
        service.withPropertyValues("spring.profiles.active=prod",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example/realms/lofteskollen",
                        "spring.security.oauth2.resourceserver.jwt.audiences=lofteskollen")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class);
                    assertThat(context).doesNotHaveBean(UserDetailsService.class);
                });
    }

    @Test
    void localAndProdTogetherRefuseToStart() {
        service.withPropertyValues("spring.profiles.active=local,prod",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example/realms/lofteskollen",
                        "spring.security.oauth2.resourceserver.jwt.audiences=lofteskollen")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("local and prod are both active"));
    }

    @Test
    void theLocalProfileHasTheBuiltInUsersAndNoTokens() {
        service.withPropertyValues("spring.profiles.active=local")
                .run(context -> {
                    assertThat(context).hasSingleBean(UserDetailsService.class).doesNotHaveBean(JwtDecoder.class);
                    assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("polis").getAuthorities())
                            .extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_REPORTER", "ORG_POLICE", "NAME_Kommunpolisen");
                });
    }
}
