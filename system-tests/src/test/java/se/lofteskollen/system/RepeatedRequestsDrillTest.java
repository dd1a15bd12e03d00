package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 32 clients report 1,000 place visits each, and one request in ten is sent again with the same id
 * (a client that timed out and retried): exactly 32,000 visits are counted.
 */
class RepeatedRequestsDrillTest {

    private static final int CLIENTS = 32;
    private static final int REPORTS_EACH = 1_000;

    static BothServices services;

    @BeforeAll
    static void start() {
        services = new BothServices();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aTenthOfTheRequestsRepeatedStillCountsEveryReportExactlyOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Long>> newestPositions = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            newestPositions.add(clients.submit(() -> {
                RestClient command = services.commandApi("polis");
                long newest = 0;
                int sent = 0;
                while (sent < REPORTS_EACH) {
                    boolean repeat = sent > 0 && ThreadLocalRandom.current().nextInt(10) == 0;
                    int number = repeat ? ThreadLocalRandom.current().nextInt(sent) : sent++;
                    newest = Math.max(newest, PlaceVisits.report(command, "repeat-" + id + "-" + number,
                            "2025-05-" + (10 + number % 20)));
                }
                return newest;
            }));
        }
        long newest = 0;
        for (Future<Long> position : newestPositions) {
            newest = Math.max(newest, position.get());
        }
        clients.shutdown();

        long last = newest;
        // The read model may still be catching up past the bounded wait of one query: ask again until it has.
        await().atMost(Duration.ofMinutes(3)).ignoreExceptions().untilAsserted(() ->
                assertThat(PlaceVisits.counted(services.queryApi("ledning"), last)).isEqualTo(CLIENTS * REPORTS_EACH));
    }
}
