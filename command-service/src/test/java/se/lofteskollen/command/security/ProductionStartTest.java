package se.lofteskollen.command.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.lofteskollen.command.CommandServiceApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service itself, not only its parts: in production without a token issuer it does not start at all. */
class ProductionStartTest {

    @Test
    void theServiceRefusesToStartInProdWithoutAnIssuer() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CommandServiceApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--lofteskollen.seed.enabled=false"))
                .rootCause()
                .hasMessageContaining("No identity provider is configured: set lofteskollen.security.issuers.<name>.issuer-uri");
    }
}
