package se.lofteskollen.command.security;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.RawHttp;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API keeps nothing between requests (every request carries its credentials) and measures each request once,
 * as {@code http.server.requests}: no session, and no observation per security filter that nobody reads.
 */
@CommandServiceTest
class StatelessApiTest {

    private static final String VISIT = """
            {"commitmentId":"vastervik-2025-6.2","place":{"name":"Stationen"},"visitedOn":"2025-07-01",
             "measures":"Synlig närvaro"}""";

    @LocalServerPort
    int port;
    @Autowired
    ObservationRegistry observations;

    /** Names every observation started while it is open. */
    static final class Recorded implements ObservationHandler<Observation.Context> {
        final List<String> names = new CopyOnWriteArrayList<>();
        volatile boolean open = true;

        @Override
        public void onStart(Observation.Context context) {
            if (open) {
                names.add(context.getName());
            }
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Test
    void anApiRequestStartsNoSessionAndNeedsNone() {
        RawHttp polis = new RawHttp(port).basic("polis", "polis");

        HttpResponse<String> first = polis.postJson("/api/place-visits", VISIT);
        HttpResponse<String> second = polis.postJson("/api/place-visits", VISIT);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anApiRequestIsObservedOnceAsAServerRequest() {
        Recorded recorded = new Recorded();
        observations.observationConfig().observationHandler(recorded);
        try {
            assertThat(new RawHttp(port).basic("polis", "polis").postJson("/api/place-visits", VISIT).statusCode())
                    .isEqualTo(201);
        } finally {
            recorded.open = false;
        }

        assertThat(recorded.names).containsExactly("http.server.requests");
    }
}
