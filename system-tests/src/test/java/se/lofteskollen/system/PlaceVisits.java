package se.lofteskollen.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Place visits toward 6.2 of the default data ("at least one hundred place visits"), reported and counted over HTTP. */
final class PlaceVisits {

    static final String COMMITMENT = "vastervik-2025-6.2";

    /** Reports one visit as {@code polis}; answers the position of its event. */
    static long report(RestClient command, String visitId, String visitedOn) {
        JsonNode answer = command.post().uri("/api/place-visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"visitId":"%s","commitmentId":"%s","place":{"name":"Stora torget","area":"Centrum"},
                         "visitedOn":"%s","measures":"Synlig närvaro"}""".formatted(visitId, COMMITMENT, visitedOn))
                .retrieve().body(JsonNode.class);
        return answer.get("position").asLong();
    }

    /** The dashboard's place-visit counter for the whole year, once the read model has reached the position. */
    static int counted(RestClient query, long minPosition) {
        return counter(query.get()
                .uri("/api/promises/vastervik-2025/progress?asOf=2025-12-31&minPosition={position}", minPosition)
                .retrieve().body(JsonNode.class));
    }

    /** The same counter as the read model has it now. */
    static int countedNow(RestClient query) {
        return counter(query.get().uri("/api/promises/vastervik-2025/progress?asOf=2025-12-31")
                .retrieve().body(JsonNode.class));
    }

    private static int counter(JsonNode progress) {
        for (JsonNode counter : progress.get("headline")) {
            if ("PLACE_VISIT".equals(counter.path("measure").path("report").asText())) {
                return counter.get("achieved").asInt();
            }
        }
        throw new IllegalStateException("no place-visit counter in " + progress);
    }

    private PlaceVisits() {
    }
}
