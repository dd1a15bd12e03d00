package se.lofteskollen.localrun;

import se.lofteskollen.platform.launch.ServiceJvm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Löfteskollen on one machine with nothing but a JDK: starts (or joins) the embedded PostgreSQL
 * whose data lives in {@code data/postgres}, then both services as child processes connected to it by
 * URL, and on Ctrl-C stops the services before the database. Beside them runs the local identity provider, where
 * people sign in to both services with the built-in users.
 */
public final class LocalRun {

    private record Service(String name, Path jar, int port) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    private final List<Process> children = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LocalRun().run(Path.of(System.getProperty("lofteskollen.home", ".")).toAbsolutePath().normalize());
    }

    private void run(Path home) throws Exception {
        int databasePort = Integer.parseInt(setting("lofteskollen.local-database.port", "54329"));
        Path dataDirectory = home.resolve(setting("lofteskollen.local-database.directory", "data/postgres"));
        // The identity provider first: the services reach it only when someone signs in, but a browser should
        // find it up by then.
        List<Service> services = List.of(
                new Service("identity-provider", ServiceJvm.runnableJar(home, "identity-provider"), Integer.parseInt(setting("identity-provider.port", "8083"))),
                new Service("command-service", ServiceJvm.runnableJar(home, "command-service"), Integer.parseInt(setting("command.port", "8081"))),
                new Service("query-service", ServiceJvm.runnableJar(home, "query-service"), Integer.parseInt(setting("query.port", "8082"))));

        LocalDatabase database = LocalDatabase.startOrJoin(dataDirectory, databasePort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(database), "local-run-stop"));

        // Each service's pages link to the other's (the list of reports to the retraction form, say).
        Map<String, String> links = Map.of("LOFTESKOLLEN_PAGES_COMMAND_SERVICE_URL", services.get(1).url(),
                "LOFTESKOLLEN_PAGES_QUERY_SERVICE_URL", services.get(2).url());
        for (Service service : services) {
            children.add(start(home, service, database, links));
        }
        awaitHealthy(services);
        System.out.printf("%nLöfteskollen is running (data in %s):%n", dataDirectory);
        Service identityProvider = services.get(0);
        Service command = services.get(1);
        Service query = services.get(2);
        System.out.printf("  command API  %s   (Swagger UI %s/swagger-ui.html)%n", command.url(), command.url());
        System.out.printf("  query API    %s   (Swagger UI %s/swagger-ui.html)%n", query.url(), query.url());
        System.out.printf("  public page  %s/   dashboard %s/dashboard   report form %s/report%n",
                query.url(), query.url(), command.url());
        System.out.printf("  sign-in      %s   (the local identity provider: one sign-in for both services)%n", identityProvider.url());
        System.out.printf("  local users: samordnare, polis, kommun, ledning, drift (password = user name; local profile only)%n");
        System.out.printf("Press Ctrl-C to stop.%n%n");

        for (Process child : children) {
            int exit = child.waitFor();
            if (exit != 0 && exit != 130 && exit != 143) {
                System.err.printf("A service stopped with exit code %d; stopping the rest.%n", exit);
                System.exit(1);
            }
        }
    }

    /** A system property, else the environment variable of the same name in Spring's style (LOFTESKOLLEN_LOCAL_DATABASE_PORT). */
    private static String setting(String name, String defaultValue) {
        String property = System.getProperty(name);
        if (property != null) {
            return property;
        }
        String variable = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        return variable != null ? variable : defaultValue;
    }

    private Process start(Path home, Service service, LocalDatabase database, Map<String, String> links)
            throws IOException {
        List<String> command = new ArrayList<>(ServiceJvm.command(home, service.jar()));
        command.add("--server.port=" + service.port());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        ServiceJvm.environment(builder);
        // Chosen explicitly: a service has no default profile, and this is the one with the built-in users.
        builder.environment().put("SPRING_PROFILES_ACTIVE", "local");
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", LocalDatabase.USER);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().putAll(links);
        System.out.printf("Starting %s on port %d%n", service.name(), service.port());
        return builder.start();
    }

    private void awaitHealthy(List<Service> services) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        // Generous: on a busy 2-core machine each service was seen to take nearly three minutes to start.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        for (Service service : services) {
            while (!healthy(http, service)) {
                if (Instant.now().isAfter(deadline) || children.stream().anyMatch(child -> !child.isAlive())) {
                    throw new IllegalStateException(service.name() + " did not become healthy");
                }
                Thread.sleep(500);
            }
        }
    }

    private static boolean healthy(HttpClient http, Service service) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Services first (they flush and release their connections), the database last. */
    private void stopAll(LocalDatabase database) {
        for (Process child : children) {
            child.destroy();
        }
        for (Process child : children) {
            try {
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
        System.out.println("Löfteskollen stopped.");
    }
}
