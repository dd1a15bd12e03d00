package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * With the safety poll pushed out to ten minutes, the only way an event can reach the other
 * service's read model within the wait is PostgreSQL's notification. (How fast is measured in the
 * benchmark, not here.)
 */
class ProcessorsAreWokenByNotificationTest {

    static BothServices services;

    @BeforeAll
    static void start() {
        services = new BothServices("lofteskollen.event-store.safety-poll-millis=600000");
        services.commandApi("samordnare").post().uri("/api/promises")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"promiseId":"wake-2025","year":2025,"title":"Väckning","policeArea":"LPO Test","municipality":"Test kommun","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}
                        """)
                .retrieve().toBodilessEntity();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private void pledge(String code) {
        services.commandApi("samordnare").post().uri("/api/promises/{promiseId}/commitments", "wake-2025")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"code":"%s","priorityArea":"6","responsible":["POLICE"],
                         "text":"Fotpatrullering där behovet är störst","targets":[]}
                        """.formatted(code))
                .retrieve().toBodilessEntity();
    }

    private void awaitOnQuerySide(String commitmentId) {
        await().atMost(Duration.ofSeconds(30)).ignoreException(HttpClientErrorException.NotFound.class)
                .until(() -> services.queryApi("ledning").get().uri("/api/commitments/{id}", commitmentId)
                        .retrieve().body(Map.class), body -> body != null);
    }

    @Test
    void anAppendInTheCommandServiceWakesTheQueryServiceProcessors() {
        // The first pledge proves the query side's streams are open and have read to the end.
        pledge("6.3");
        awaitOnQuerySide("wake-2025-6.3");
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        // The second can now arrive only by notification.
        pledge("6.4");
        awaitOnQuerySide("wake-2025-6.4");
    }
}
