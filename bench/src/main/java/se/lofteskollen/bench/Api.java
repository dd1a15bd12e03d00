package se.lofteskollen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The two services' HTTP APIs, as the benchmark's clients use them. Plain blocking HttpURLConnection with
 * keep-alive: on two cores the client shares the CPU with what it measures, and java.net.http.HttpClient's
 * selector and hand-offs cost about a third more CPU per request.
 */
final class Api {

    static final String PROMISE = "vastervik-2025";
    static final String PLACE_VISITS_COMMITMENT = "vastervik-2025-6.2";

    static {
        // Keep a connection per client open (the default keeps 5), and never send a POST twice on our behalf:
        // a report without an id would then be counted twice.
        System.setProperty("http.maxConnections", "64");
        System.setProperty("sun.net.http.retryPost", "false");
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MILLIS = 30_000;
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
    long reportPlaceVisit(String visitId, String place, int dayOfYear) throws IOException {
        String body = """
                {%s"commitmentId":"%s","place":{"name":"%s","area":"Centrum"},"visitedOn":"%s",
                 "problemPicture":"Oro kvällstid","measures":"Synlig närvaro och samtal med näringsidkare"}"""
                .formatted(visitId == null ? "" : "\"visitId\":\"" + visitId + "\",", PLACE_VISITS_COMMITMENT, place,
                        LocalDate.of(2025, 1, 1).plusDays(dayOfYear % 365));
        HttpURLConnection connection = open(command + "/api/place-visits", reporter);
        int status = postJson(connection, body);
        byte[] answer = drain(connection, status);
        if (status / 100 != 2) {
            return -1;
        }
        JsonNode position = JSON.readTree(answer).get("position");
        return position == null ? 0 : position.asLong();
    }

    /** Has the query side projected this position? The query-service waits for it, up to its max-wait. */
    boolean visible(long position) throws IOException {
        return get(query + "/api/promises/" + PROMISE + "?minPosition=" + position) == 200;
    }

    /** The progress of the whole promise, as the dashboard asks for it; answers whether it was 200. */
    boolean progress() throws IOException {
        return get(query + "/api/promises/" + PROMISE + "/progress?asOf=2025-06-30") == 200;
    }

    private int get(String url) throws IOException {
        return get(url, reader);
    }

    /** Any read of the query API as management (which reads every promise its organisations act in). */
    boolean read(String path) throws IOException {
        return get(query + path) == 200;
    }

    static int get(String url, String authorization) throws IOException {
        HttpURLConnection connection = open(url, authorization);
        int status = connection.getResponseCode();
        drain(connection, status);
        return status;
    }

    /** A connection with the benchmark's time-outs; {@code authorization} null for an API without sign-in. */
    static HttpURLConnection open(String url, String authorization) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        return connection;
    }

    /** POSTs a JSON body; answers the status code. */
    static int postJson(HttpURLConnection connection, String body) throws IOException {
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        return connection.getResponseCode();
    }

    /** Reads the whole answer, which is what lets the connection be used again. */
    static byte[] drain(HttpURLConnection connection, int status) throws IOException {
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
