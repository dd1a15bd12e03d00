package se.lofteskollen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks the query-service to rebuild every read model from the event store, as an operator would. */
final class RebuildClient {

    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("drift:drift".getBytes(StandardCharsets.UTF_8));

    static void rebuild(String queryBaseUrl) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(queryBaseUrl + "/actuator/rebuild"))
                        .header("Authorization", AUTH).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("rebuild refused: " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Waits until the query-service says its last rebuild has finished: built beside the live tables and swapped
     * in, not merely caught up with the head (the swap's copy is part of what a rebuild costs).
     */
    static void awaitFinished(String queryBaseUrl, Duration atMost) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(queryBaseUrl + "/actuator/rebuild"))
                    .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode last = json.readTree(response.body()).path("readmodels").path("lastRebuild");
            if (last.hasNonNull("failed")) {
                throw new IllegalStateException("the rebuild failed: " + last.get("failed"));
            }
            if (last.path("finished").asBoolean(false)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the rebuild did not finish in " + atMost);
    }

    private RebuildClient() {
    }
}
