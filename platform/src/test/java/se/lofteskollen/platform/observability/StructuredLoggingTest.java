package se.lofteskollen.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredLoggingTest {

    private static MockEnvironment withProfile(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void outsideLocalTheConsoleIsJson() {
        assertThat(withProfile("prod").getProperty(StructuredLogging.FORMAT)).isEqualTo("ecs");
    }

    @Test
    void locallyAPersonReadsPlainLines() {
        assertThat(withProfile("local").getProperty(StructuredLogging.FORMAT)).isNull();
    }

    @Test
    void withNoProfileTheRefusalToStartIsReadAsPlainText() {
        MockEnvironment environment = new MockEnvironment();
        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(StructuredLogging.FORMAT)).isNull();
    }

    @Test
    void aDeploymentChoosesAnotherFormat() {
        MockEnvironment environment = new MockEnvironment().withProperty(StructuredLogging.FORMAT, "logstash");
        environment.setActiveProfiles("prod");
        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(StructuredLogging.FORMAT)).isEqualTo("logstash");
    }
}
