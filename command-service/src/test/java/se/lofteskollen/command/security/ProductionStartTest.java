package se.lofteskollen.command.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.platform.launch.MissingSettingsException;
import se.lofteskollen.platform.testing.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service itself, not only its parts: it does not start at all unless told what it is and where its data is. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    /** As {@code java -jar command-service.jar} with nothing set: no test profile, no test database. */
    private static final String AS_ITS_JAR = "--" + TestProfile.SWITCH + "=false";

    @Test
    void theServiceRefusesToStartInProdWithoutAnIssuer() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--lofteskollen.seed.enabled=false"))
                .rootCause()
                .hasMessageContaining("No identity provider is configured: set lofteskollen.security.issuers.<name>.issuer-uri");
    }

    @Test
    void startedWithNoProfileTheServiceRefusesAndSaysWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--server.port=0", AS_ITS_JAR))
                .isInstanceOf(MissingSettingsException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("No profile is active, and there is no default profile.")
                .contains("Set SPRING_PROFILES_ACTIVE=prod").contains("SPRING_DATASOURCE_URL")
                .doesNotContain("built-in users samordnare");
    }

    @Test
    void inProdWithoutADatabaseUrlTheServiceRefusesAndAsksForIt(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--server.port=0", "--spring.profiles.active=prod", AS_ITS_JAR,
                        "--lofteskollen.security.issuers.polisen.issuer-uri=https://idp.example/realms/lofteskollen",
                        "--lofteskollen.security.issuers.polisen.client-id=lofteskollen",
                        "--lofteskollen.security.issuers.polisen.audiences=lofteskollen-api"))
                .isInstanceOf(MissingSettingsException.class);

        assertThat(output).contains("No database is configured (spring.datasource.url).")
                .contains("Set SPRING_DATASOURCE_URL").doesNotContain("No profile is active");
    }
}
