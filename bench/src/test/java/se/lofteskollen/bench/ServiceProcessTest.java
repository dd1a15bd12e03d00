package se.lofteskollen.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service is never started on a port something else holds: that something would be measured in its place. */
class ServiceProcessTest {

    @Test
    void aServiceWhosePortIsTakenIsNotStarted(@TempDir Path home) throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            ServiceProcess service = ServiceProcess.ofJar(home, "command-service", home.resolve("absent.jar"),
                    other.getLocalPort(), Map.of(), home.resolve("command-service.log"));

            assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + other.getLocalPort() + " is taken");
        }
    }
}
