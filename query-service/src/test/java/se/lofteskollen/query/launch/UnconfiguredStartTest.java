package se.lofteskollen.query.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.lofteskollen.platform.launch.MissingSettingsException;
import se.lofteskollen.platform.testing.TestProfile;
import se.lofteskollen.query.QueryServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code java -jar query-service.jar} with nothing set does not start, and says what to set. */
@ExtendWith(OutputCaptureExtension.class)
class UnconfiguredStartTest {

    @Test
    void startedWithNoProfileAndNoDatabaseTheServiceRefusesAndSaysWhatToSet(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(QueryServiceApplication.class)
                .run("--server.port=0", "--" + TestProfile.SWITCH + "=false"))
                .isInstanceOf(MissingSettingsException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Set SPRING_PROFILES_ACTIVE=prod").contains("SPRING_PROFILES_ACTIVE=local")
                .contains("Set SPRING_DATASOURCE_URL");
    }
}
