package se.lofteskollen.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reliability drills that need real processes to kill. Used by the drill tests and by {@code ./bench.sh};
 * each is bounded in time and sends traffic to loopback only.
 */
public final class Drills {

    public record CrashResult(List<String> acknowledged, Set<String> stored, int attempts) {
    }

    /** The project's root, from a module's folder (where tests run) or the root itself. */
    public static Path home() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("command-service")) ? here : here.getParent();
    }

    /**
     * Starts the command-service on a fresh database, lets {@code reporters} clients post place visits with
     * ids of their own, kills the service with SIGKILL after {@code before}, and answers what was
     * acknowledged and what is stored.
     */
    public static CrashResult killCommandServiceUnderLoad(Path home, String databaseUrl, int reporters, Duration before)
            throws Exception {
        Path log = Files.createDirectories(home.resolve("bench/target/logs")).resolve("drill-command-service.log");
        ServiceProcess command = new ServiceProcess("command-service", ServiceProcess.jarOf(home, "command-service"),
                freePort(), databaseUrl, log, List.of()).start();
        Api api = new Api(command.baseUrl(), command.baseUrl());
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        int[] attempts = new int[reporters];
        for (int client = 0; client < reporters; client++) {
            int id = client;
            Thread thread = new Thread(() -> {
                for (int n = 0; !stop.get() && n < 100_000; n++) {
                    String visitId = "crash-" + id + "-" + n;
                    attempts[id]++;
                    try {
                        if (api.reportPlaceVisit(visitId, "Hamnen", n) >= 0) {
                            acknowledged.add(visitId);
                        }
                    } catch (Exception refusedOrCut) {
                        // after the kill: connection refused or reset; nothing was acknowledged
                    }
                }
            });
            clients.add(thread);
            thread.start();
        }
        Thread.sleep(before.toMillis());
        command.kill();
        Thread.sleep(500);
        stop.set(true);
        for (Thread thread : clients) {
            thread.join();
        }
        Set<String> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier LIKE 'crash-%'")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        int total = 0;
        for (int count : attempts) {
            total += count;
        }
        System.out.printf("kill -9 drill: %d requests, %d acknowledged, %d stored%n", total, acknowledged.size(), stored.size());
        return new CrashResult(List.copyOf(acknowledged), stored, total);
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Drills() {
    }
}
