package se.lofteskollen.platform;

import org.axonframework.updates.configuration.CommandLineUsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class StackDefaultsTest {

    @Test
    void theUpdateCheckerIsSwitchedOffBeforeAxonStarts() {
        System.clearProperty("axoniq.update-checker.disabled");

        new StackDefaults().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        assertThat(new CommandLineUsagePropertyProvider().getDisabled()).isTrue();
    }

    @Test
    void everyServiceGetsJsonSerializersAndNoAxonServer() {
        StandardEnvironment environment = new StandardEnvironment();

        new StackDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.update-check.disabled")).isEqualTo("true");
        assertThat(environment.getActiveProfiles()).as("no profile is chosen for a deployment").isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactly("default");
    }

    @Test
    void sessionCookiesStayOutOfUrlsAndOtherSitesFormsAndErrorsShowNoTrace() {
        StandardEnvironment environment = new StandardEnvironment();

        new StackDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
    }

    @Test
    void aDeploymentCanOverrideTheDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MockPropertySource().withProperty("axon.serializer.general", "java"));

        new StackDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("java");
    }
}
