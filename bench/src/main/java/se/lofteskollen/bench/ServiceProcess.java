package se.lofteskollen.bench;

import se.lofteskollen.platform.launch.ServiceJvm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service as its own JVM, started from its runnable jar, as an operator would run it. */
public final class ServiceProcess implements AutoCloseable {

    /** How the service's process is made: its command line and environment. */
    private interface Launch {
        ProcessBuilder builder() throws IOException;
    }

    private final String name;
    private final int port;
    private final Path log;
    private final Launch launch;
    private final String readinessPath;
    private Process process;
    private Duration startUp;

    /** The service built in the module {@code name} under {@code home}, the project's folder. */
    ServiceProcess(Path home, String name, int port, String databaseUrl, Path log, List<String> properties) {
        this(name, port, log, "/actuator/health/readiness", () -> {
            List<String> command = new ArrayList<>(ServiceJvm.command(home, name));
            command.add("--server.port=" + port);
            properties.forEach(property -> command.add("--" + property));
            ProcessBuilder builder = new ProcessBuilder(command);
            ServiceJvm.environment(builder);
            // Chosen explicitly (a service has no default profile): the built-in users the load signs in with.
            builder.environment().put("SPRING_PROFILES_ACTIVE", "local");
            builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl);
            builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
            return builder;
        });
    }

    private ServiceProcess(String name, int port, Path log, String readinessPath, Launch launch) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.readinessPath = readinessPath;
        this.launch = launch;
    }

    /**
     * Another application's runnable jar, with the project's JVM options and environment (so both pay for the
     * same heap and collector) and its own variables. It has no health endpoint: it is up when its port
     * answers HTTP at all.
     */
    static ServiceProcess ofJar(Path home, String name, Path jar, int port, Map<String, String> environment, Path log) {
        return new ServiceProcess(name, port, log, null, () -> {
            ProcessBuilder builder = new ProcessBuilder(ServiceJvm.command(home, jar));
            ServiceJvm.environment(builder);
            builder.environment().putAll(environment);
            return builder;
        });
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Duration startUp() {
        return startUp;
    }

    long pid() {
        return process.pid();
    }

    ServiceProcess start() throws IOException, InterruptedException {
        requirePortFree();
        ProcessBuilder builder = launch.builder().redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        process = builder.start();
        awaitHealthy();
        startUp = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    /**
     * A port already taken (a benchmark still running, a service of an earlier run) would make the new service fail
     * to start while whatever holds the port answered for it, and be measured in its place.
     */
    private void requirePortFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as a server binds: connections of a service stopped before do not count
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new IllegalStateException(name + " cannot start: port " + port + " is taken (is another benchmark, "
                    + "or a service of an earlier one, still running?)", taken);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died at start; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                                + (readinessPath == null ? "/" : readinessPath))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (readinessPath == null || response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not become healthy; see " + log);
    }

    /** Resident set size in MB, from /proc (Linux). */
    long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** SIGKILL: no shutdown hook, no flush, no token release. */
    void kill() {
        process.destroyForcibly();
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
