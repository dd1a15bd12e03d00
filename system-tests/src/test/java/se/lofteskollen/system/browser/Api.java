package se.lofteskollen.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.HttpServerErrorException;
import se.lofteskollen.system.BothServices;

import java.util.Map;

/** What the browser tests set up or check through the APIs, as the built-in users. */
final class Api {

    static final String PROMISE = "vastervik-2025";

    private final BothServices services;

    Api(BothServices services) {
        this.services = services;
    }

    static String commitment(String code) {
        return PROMISE + "-" + code;
    }

    /** Sends a command and answers its position in the event store. */
    long send(String user, String path, Map<String, ?> body) {
        JsonNode accepted = services.commandApi(user).post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(JsonNode.class);
        return accepted.get("position").asLong();
    }

    /** The promise's progress once the query side has read the event at {@code position}. */
    JsonNode progress(long position, String query) {
        return read("/api/promises/" + PROMISE + "/progress?minPosition=" + position + (query.isEmpty() ? "" : "&" + query));
    }

    /** Stored events whose JSON payload holds this text: what a refused command must not have left behind. */
    int eventsMentioning(String text) {
        return services.commandBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE strpos(convert_from(payload, 'UTF8'), ?) > 0",
                Integer.class, text);
    }

    JsonNode commitmentDetail(String code, long position) {
        return commitmentDetailOf(commitment(code), position);
    }

    /** A commitment of any promise, once the query side has read the event at {@code position}. */
    JsonNode commitmentDetailOf(String commitmentId, long position) {
        return read("/api/commitments/" + commitmentId + "?minPosition=" + position);
    }

    /** The headline counter of place visits, as the dashboard counts them today. */
    int placeVisits() {
        for (JsonNode counter : read("/api/promises/" + PROMISE + "/progress").get("headline")) {
            if (counter.get("key").asText().startsWith("COUNT:PLACE_VISIT")) {
                return counter.get("achieved").asInt();
            }
        }
        throw new AssertionError("no headline counter of place visits");
    }

    /** Read-your-write: the query side waits up to its bound for the position, and answers 503 past it. */
    private JsonNode read(String uri) {
        for (int attempt = 1; ; attempt++) {
            try {
                return services.queryApi("ledning").get().uri(uri).retrieve().body(JsonNode.class);
            } catch (HttpServerErrorException.ServiceUnavailable behind) {
                if (attempt == 10) {
                    throw behind;
                }
            }
        }
    }
}
