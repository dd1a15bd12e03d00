package se.lofteskollen.query.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream through a real server, as a browser or a proxy meets it: Tomcat's asynchronous requests, the security
 * chain on every dispatch, and compression switched on for event streams (an operator might), which must not hold an
 * event back. The heartbeat is short here and only two streams may be open, so that both are seen to work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.compression.enabled=true",
        "server.compression.mime-types=text/event-stream",
        "lofteskollen.live.heartbeat=200ms",
        "lofteskollen.live.max-streams=2"})
class ProgressStreamOverHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String PROMISE = "http-2025";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReadYourWrites freshness;
    @Autowired
    LiveProgress live;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Stream> opened = new ArrayList<>();
    private EventFeed feed;
    private static int visits;

    @BeforeEach
    void aSignedPromise() {
        feed = new EventFeed(eventStore, jdbc, freshness);
        if (jdbc.queryForObject("SELECT count(*) FROM promise_view WHERE promise_id = ?", Integer.class, PROMISE) == 0) {
            feed.publish(Promises.created(PROMISE, 2025, "Medborgarlöfte 2025", "LPO", "Kommun"));
            feed.publish(new PromiseSigned(PROMISE, LocalDate.of(2025, 1, 27), List.of()));
            feed.publish(new CommitmentPledged(PROMISE + "-6.2", PROMISE, "6.2", "6", Set.of("POLICE"),
                    "Minst hundra platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
            feed.awaitProjections();
        }
    }

    /** The server finds the clients gone by its heartbeat, and the next test starts with no stream open. */
    @AfterEach
    void closeTheStreams() throws InterruptedException {
        opened.forEach(Stream::close);
        awaitOpenStreams(0);
    }

    @Test
    void aCompressedStreamStillCarriesEachChangeAsItHappensAndAHeartbeat() throws Exception {
        Stream stream = open(true);
        assertThat(stream.response.statusCode()).isEqualTo(200);
        assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.response.headers().firstValue("Content-Encoding")).as("compressed, as configured")
                .contains("gzip");
        assertThat(stream.response.headers().firstValue("Set-Cookie")).as("no session for a stream").isEmpty();
        long first = stream.nextNumber();

        stream.nextComment();
        visit();
        long next = stream.nextNumber();

        assertThat(next).isGreaterThan(first);
    }

    @Test
    void streamsBeyondTheCapAreTurnedAwayAndAClientGoneIsFoundByTheHeartbeatAndForgotten() throws Exception {
        Stream first = open(false);
        first.nextNumber();
        open(false).nextNumber();

        HttpResponse<String> refused = http.send(request(false).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("30");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("title").asText()).isEqualTo("Too many live streams");

        first.close();
        awaitOpenStreams(1);
        assertThat(open(false).nextNumber()).isPositive();
    }

    private void awaitOpenStreams(int count) throws InterruptedException {
        awaitThat(() -> live.openStreams(), count);
    }

    private static void awaitThat(IntSupplier actual, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (actual.getAsInt() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("open streams: " + actual.getAsInt() + ", not " + expected);
            }
            Thread.sleep(20);
        }
    }

    private void visit() {
        visits++;
        feed.by(EventFeed.POLIS).on(LocalDate.of(2025, 3, 1)).publish(new PlaceVisitReported(
                PROMISE + "-visit-" + visits, PROMISE, PROMISE + "-6.2",
                new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 3, 1), null, "Synlig närvaro"));
    }

    private HttpRequest.Builder request(boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/promises/" + PROMISE + "/progress/stream"))
                .header("Accept", "text/event-stream");
        return gzip ? request.header("Accept-Encoding", "gzip") : request;
    }

    private Stream open(boolean gzip) throws IOException, InterruptedException {
        Stream stream = new Stream(http.send(request(gzip).build(), HttpResponse.BodyHandlers.ofInputStream()), gzip);
        opened.add(stream);
        return stream;
    }

    /** An event stream's lines, read on a thread of their own so that the test waits for them with a deadline. */
    private static final class Stream implements AutoCloseable {

        final HttpResponse<InputStream> response;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        Stream(HttpResponse<InputStream> response, boolean gzip) {
            this.response = response;
            // Bytes as they come, not a Reader's: an InputStreamReader over a GZIPInputStream waits to fill its buffer
            // (the inflater always says more is available), as a browser does not.
            reader = new Thread(() -> {
                try (InputStream in = gzip ? new GZIPInputStream(response.body()) : response.body()) {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    byte[] buffer = new byte[1024];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        for (int i = 0; i < read; i++) {
                            if (buffer[i] == '\n') {
                                lines.add(line.toString(StandardCharsets.UTF_8));
                                line.reset();
                            } else {
                                line.write(buffer[i]);
                            }
                        }
                    }
                } catch (IOException ended) {
                    // closed by the test
                }
            }, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** The number of the next event. */
        long nextNumber() throws InterruptedException {
            String line;
            do {
                line = next();
            } while (!line.startsWith("data:"));
            return Long.parseLong(line.substring("data:".length()));
        }

        /** Skips to the next comment (a heartbeat). */
        void nextComment() throws InterruptedException {
            String line;
            do {
                line = next();
            } while (!line.startsWith(":"));
        }

        private String next() throws InterruptedException {
            String line = lines.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("nothing on the stream for " + PATIENCE.toSeconds() + " s");
            }
            return line;
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
            reader.interrupt();
        }
    }
}
