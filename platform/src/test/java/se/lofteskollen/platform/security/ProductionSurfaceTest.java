package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionSurfaceTest {

    private MockEnvironment surfaceOf(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return environment;
    }

    private MockEnvironment applied(MockEnvironment environment) {
        new ProductionSurface().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void outsideLocalTheApiDocsAreOffAndTheSessionCookieIsSecure() {
        MockEnvironment prod = applied(surfaceOf("prod"));

        assertThat(prod.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
    }

    @Test
    void outsideLocalTheApiDocsCanBeSwitchedOn() {
        MockEnvironment prod = surfaceOf("prod");
        prod.setProperty("lofteskollen.api-docs.enabled", "true");

        applied(prod);

        assertThat(prod.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(prod.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("true");
    }

    @Test
    void inLocalTheApiDocsAreOnAndTheCookieWorksOverPlainHttp() {
        MockEnvironment local = applied(surfaceOf("local"));

        assertThat(local.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
        assertThat(local.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
    }

    @Test
    void aDeploymentOverridesEveryDefault() {
        MockEnvironment prod = surfaceOf("prod");
        prod.setProperty("server.servlet.session.cookie.secure", "false");
        prod.setProperty("springdoc.api-docs.enabled", "true");

        applied(prod);

        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
        assertThat(prod.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
    }
}
