package se.lofteskollen.bench;

import java.io.IOException;
import java.net.HttpURLConnection;

/**
 * The stock Axon reference's HTTP API (no sign-in, no validation), on the same blocking client as {@link Api},
 * so that both are loaded at the same client cost.
 */
final class StockAxonApi {

    private final String command;
    private final String query;

    StockAxonApi(String commandBaseUrl, String queryBaseUrl) {
        this.command = commandBaseUrl;
        this.query = queryBaseUrl;
    }

    /** A new aggregate and one event, the unit comparable to one report; answers its id, or null when refused. */
    String pledge(long sequence) throws IOException {
        HttpURLConnection connection = Api.open(command + "/commitments", null);
        int status = Api.postJson(connection, """
                {"owner":"Kommunpolisen","description":"Synlig närvaro på Stora torget, vecka %d"}""".formatted(sequence));
        byte[] answer = Api.drain(connection, status);
        return status / 100 == 2 ? Api.JSON.readTree(answer).get("commitmentId").asText() : null;
    }

    /** One more event on an existing aggregate (the hot-aggregate case); answers whether it was acknowledged. */
    boolean recordMeeting(String commitmentId, String meetingId) throws IOException {
        HttpURLConnection connection = Api.open(command + "/commitments/" + commitmentId + "/meetings", null);
        int status = Api.postJson(connection, """
                {"meetingId":"%s","meetingDate":"2025-03-01","notes":"Samråd med näringsidkare"}""".formatted(meetingId));
        Api.drain(connection, status);
        return status / 100 == 2;
    }

    /** Has its projection taken in this aggregate? (It answers 404 until then.) */
    boolean visible(String commitmentId) throws IOException {
        return Api.get(query + "/commitments/" + commitmentId, null) == 200;
    }
}
