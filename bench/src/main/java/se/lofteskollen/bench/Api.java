package se.lofteskollen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The two services' HTTP APIs, as the benchmark's clients use them. */
final class Api {

    static final String PROMISE = "vastervik-2025";
    static final String PLACE_VISITS_COMMITMENT = "vastervik-2025-6.2";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String command;
    private final String query;
    private final String reporter = basic("polis");
    private final String reader = basic("ledning");

    Api(String commandBaseUrl, String queryBaseUrl) {
        this.command = commandBaseUrl;
        this.query = queryBaseUrl;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** A place visit toward 6.2; answers the event's position, or -1 when not acknowledged. */
    long reportPlaceVisit(String visitId, String place, int dayOfYear) throws Exception {
        String body = """
                {%s"commitmentId":"%s","place":{"name":"%s","area":"Centrum"},"visitedOn":"%s",
                 "problemPicture":"Oro kvällstid","measures":"Synlig närvaro och samtal med näringsidkare"}"""
                .formatted(visitId == null ? "" : "\"visitId\":\"" + visitId + "\",", PLACE_VISITS_COMMITMENT, place,
                        java.time.LocalDate.of(2025, 1, 1).plusDays(dayOfYear % 365));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(command + "/api/place-visits"))
                .header("Authorization", reporter).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            return -1;
        }
        JsonNode position = JSON.readTree(response.body()).get("position");
        return position == null ? 0 : position.asLong();
    }

    /** Has the query side projected everything up to this position (answers at once, never waits)? */
    boolean visible(long position) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(
                        query + "/api/promises/" + PROMISE + "?minPosition=" + position))
                .header("Authorization", reader).GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    /** The progress of the whole promise, as the dashboard asks for it; answers whether it was 200. */
    boolean progress() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(
                        query + "/api/promises/" + PROMISE + "/progress?asOf=2025-06-30"))
                .header("Authorization", reader).GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }
}
