package se.lofteskollen.system.browser;

import se.lofteskollen.platform.launch.ServiceJvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local identity provider as ./run.sh runs it: its own runnable jar in a JVM of its own, told where the two
 * services are (their sign-in callbacks and back-channel logout). Its output goes to
 * {@code target/identity-provider.log}.
 */
final class LocalIdentityProvider implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalIdentityProvider(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalIdentityProvider start(int port, int commandPort, int queryPort) {
        Path home = Path.of("..").toAbsolutePath().normalize();
        try {
            List<String> command = new ArrayList<>(ServiceJvm.command(home, ServiceJvm.runnableJar(home, "identity-provider")));
            command.add("--spring.profiles.active=local");
            command.add("--server.port=" + port);
            command.add("--lofteskollen.identity-provider.clients.command-service=http://localhost:" + commandPort);
            command.add("--lofteskollen.identity-provider.clients.query-service=http://localhost:" + queryPort);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "identity-provider.log").toFile());
            ServiceJvm.environment(builder);
            LocalIdentityProvider provider = new LocalIdentityProvider(builder.start(), port);
            provider.awaitUp();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("the identity provider did not start; see system-tests/target/identity-provider.log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
