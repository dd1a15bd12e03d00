package se.lofteskollen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Asks the query-service to rebuild every read model from the event store, as an operator would. */
final class RebuildClient {

    static void rebuild(String queryBaseUrl) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("drift:drift".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(queryBaseUrl + "/actuator/rebuild"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("rebuild refused: " + response.statusCode() + " " + response.body());
        }
    }

    private RebuildClient() {
    }
}
