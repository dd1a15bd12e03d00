package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The way of one command through the whole system: HTTP, aggregate, event store, processor, read model, HTTP. */
class PledgeReachesTheQuerySideTest {

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
    void aCommitmentPledgedOnTheCommandSideIsReadableOnTheQuerySide() {
        services.commandApi("samordnare").post().uri("/api/promises")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"promiseId":"demo-2025","year":2025,"title":"Demo","policeArea":"LPO Demo","municipality":"Demo kommun"}
                        """)
                .retrieve().toBodilessEntity();
        services.commandApi("samordnare").post().uri("/api/promises/{promiseId}/commitments", "demo-2025")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"code":"1.1","priorityArea":"ORGANISED_CRIME","responsible":["POLICE","MUNICIPALITY"],
                         "text":"Tistel ska träffas minst fyra gånger per år",
                         "targets":[{"type":"COUNT","measure":{"report":"MEETING","network":"TISTEL"},"atLeast":4}]}
                        """)
                .retrieve().toBodilessEntity();

        Map<?, ?> commitment = await().atMost(Duration.ofSeconds(20)).ignoreException(HttpClientErrorException.NotFound.class)
                .until(() -> services.queryApi("ledning").get().uri("/api/commitments/demo-2025-1.1")
                        .retrieve().body(Map.class), body -> body != null);

        assertThat(commitment.get("code")).isEqualTo("1.1");
        assertThat(commitment.get("promiseId")).isEqualTo("demo-2025");
    }
}
