package se.lofteskollen.platform.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import se.lofteskollen.platform.testing.TestProfile;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application on the platform, started as its jar would be (without the tests' own profile and database):
 * it fails closed, and the last thing it prints says exactly what to set, with no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailClosedStartTest {

    @Configuration(proxyBeanMethods = false)
    static class AnyService {
    }

    @Test
    void withNoProfileAndNoDatabaseItRefusesAndSaysWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> start()).isInstanceOf(MissingSettingsException.class);

        String report = report(output);
        assertThat(report).contains("No profile is active, and there is no default profile.")
                .contains("SPRING_PROFILES_ACTIVE=prod").contains("SPRING_PROFILES_ACTIVE=local")
                .contains("No database is configured").contains("SPRING_DATASOURCE_URL");
        assertThat(report).as("no stack trace after the message").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(output.toString().strip()).as("the message is the last thing printed")
                .endsWith(MissingSetting.DATABASE_URL.action());
    }

    @Test
    void inProdWithoutADatabaseUrlItRefusesAndAsksForTheUrl(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod")).isInstanceOf(MissingSettingsException.class);

        String report = report(output);
        assertThat(report).contains("No database is configured (spring.datasource.url).")
                .contains("Set SPRING_DATASOURCE_URL").contains("SPRING_DATASOURCE_USERNAME")
                .doesNotContain("No profile is active");
    }

    @Test
    void inLocalWithoutADatabaseUrlItStartsNoDatabaseOfItsOwnAndPointsToRunSh(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=local")).isInstanceOf(MissingSettingsException.class);

        assertThat(report(output)).contains("does not start one itself").contains("./run.sh")
                .doesNotContain("No profile is active");
    }

    @Test
    void withAProfileAndADatabaseUrlItStarts() {
        try (ConfigurableApplicationContext service = start("--spring.profiles.active=prod",
                "--spring.datasource.url=jdbc:postgresql://db.example/lofteskollen")) {
            assertThat(service.isActive()).isTrue();
        }
    }

    @Test
    void theFailureAnalysisNamesEverySettingToSet() {
        var analysis = new MissingSettingsFailureAnalyzer().analyze(
                new MissingSettingsException(List.of(MissingSetting.PROFILE, MissingSetting.DATABASE_URL)));

        assertThat(analysis.getDescription()).contains("- " + MissingSetting.PROFILE.problem())
                .contains("- " + MissingSetting.DATABASE_URL.problem());
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=prod").contains("SPRING_DATASOURCE_URL");
    }

    /** A plain application context (no auto-configuration), so that only the platform's checks can refuse it. */
    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--" + TestProfile.SWITCH + "=false");
        // Plain lines, as a service's own JVM prints a refusal (it comes before the logging system is set up): in this
        // shared JVM, a prod start of another test would otherwise have left the console on JSON lines.
        all.add("--logging.structured.format.console=");
        SpringApplication application = new SpringApplication(AnyService.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(all.toArray(String[]::new));
    }

    private static String report(CapturedOutput output) {
        String printed = output.toString();
        assertThat(printed).contains("APPLICATION FAILED TO START");
        return printed.substring(printed.indexOf("APPLICATION FAILED TO START"));
    }
}
