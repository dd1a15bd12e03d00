package se.lofteskollen.query.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A promise's live progress stream: the number as it stands at once, a new one when a batch of the read models
 * changes that promise (and not when it changes another), open to anyone for a signed promise and to its readers, by
 * their credentials or by the dashboard's session, for an unsigned one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressStreamTest extends QueryServiceTest {

    private static final Pattern EVENT = Pattern.compile("event:progress\nid:(\\d+)\ndata:(\\d+)\n\n");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    UserDetailsService users;
    @Autowired
    LiveProgress live;

    String reported;
    String other;
    String third;
    String unsigned;
    private final List<MvcResult> opened = new ArrayList<>();
    private int visits;

    @BeforeAll
    void threeSignedPromisesAndAnUnsignedOne() {
        reported = id("live-2025");
        other = id("other-2025");
        third = id("third-2025");
        unsigned = id("draft-2025");
        EventFeed coordinator = feed().by(EventFeed.SAMORDNARE);
        for (String promise : List.of(reported, other, third, unsigned)) {
            coordinator.publish(Promises.created(promise, 2025, "Medborgarlöfte 2025", "LPO", "Kommun"));
            if (!promise.equals(unsigned)) {
                coordinator.publish(new PromiseSigned(promise, LocalDate.of(2025, 1, 27), List.of()));
            }
            coordinator.publish(new CommitmentPledged(promise + "-6.2", promise, "6.2", "6", Set.of("POLICE"),
                    "Minst hundra platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
        }
        feed().awaitProjections();
    }

    @AfterEach
    void endTheStreams() {
        opened.forEach(stream -> stream.getRequest().getAsyncContext().complete());
        opened.clear();
    }

    @Test
    void aReportProjectedForAPromiseIsAnEventOnItsStreamAndNotOnAnothers() throws Exception {
        MvcResult reportedStream = open(get("/api/promises/{id}/progress/stream", reported));
        MvcResult otherStream = open(get("/api/promises/{id}/progress/stream", other));
        MvcResult thirdStream = open(get("/api/promises/{id}/progress/stream", third));
        assertThat(reportedStream.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(reportedStream.getResponse().getHeader("X-Accel-Buffering")).isEqualTo("no");
        assertThat(reportedStream.getResponse().getHeader("Set-Cookie")).as("no session for a stream").isNull();
        long before = numbers(reportedStream).get(0);
        List<Long> otherBefore = numbers(otherStream);
        assertThat(otherBefore).hasSize(1);

        visit(reported);
        List<Long> reportedAfter = awaitEvents(reportedStream, 2);
        // Every look of the watcher sends all it has to send: once the third promise's event is out, so is any the
        // other promise would have had from the report.
        visit(third);
        awaitEvents(thirdStream, 2);

        assertThat(reportedAfter.get(1)).isGreaterThan(before);
        assertThat(numbers(otherStream)).as("the other promise's figures did not change").isEqualTo(otherBefore);
    }

    @Test
    void theNumberAsItStandsIsSentFirstTheSameToEveryStreamOfThePromise() throws Exception {
        visit(other);
        feed().awaitProjections();
        long first = numbers(open(get("/api/promises/{id}/progress/stream", other))).get(0);
        long second = numbers(open(get("/api/promises/{id}/progress/stream", other))).get(0);

        assertThat(second).isEqualTo(first);
        String event = opened.get(0).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(event).as("only the number: nothing of the report").isEqualTo(
                "event:progress\nid:" + first + "\ndata:" + first + "\n\n");
    }

    @Test
    void anUnsignedPromisesStreamIsRefusedToAnonymousAndToAnotherMunicipalityButOpenToItsReaders() throws Exception {
        String path = "/api/promises/{id}/progress/stream";
        mvc.perform(get(path, unsigned).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(path, unsigned).accept(MediaType.TEXT_EVENT_STREAM).with(httpBasic("hultsfred", "hultsfred")))
                .andExpect(status().isForbidden());

        MvcResult byCredentials = open(get(path, unsigned).with(httpBasic("ledning", "ledning")));
        assertThat(byCredentials.getResponse().getHeader("Set-Cookie")).as("Basic stays stateless").isNull();
        assertThat(numbers(byCredentials)).hasSize(1);

        MockHttpSession dashboard = signedInOnThePages("ledning");
        MvcResult bySession = open(get(path, unsigned).session(dashboard));
        assertThat(numbers(bySession)).hasSize(1);
        mvc.perform(get("/api/promises/{id}/progress", unsigned).session(dashboard))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(path, unsigned).accept(MediaType.TEXT_EVENT_STREAM).session(signedInOnThePages("hultsfred")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPromiseHasNoStream() throws Exception {
        mvc.perform(get("/api/promises/{id}/progress/stream", id("no-such-promise")).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aStreamThatEndsIsForgotten() throws Exception {
        int before = live.openStreams();
        MvcResult stream = open(get("/api/promises/{id}/progress/stream", other));
        assertThat(live.openStreams()).isEqualTo(before + 1);

        stream.getRequest().getAsyncContext().complete();
        opened.remove(stream);

        assertThat(live.openStreams()).isEqualTo(before);
    }

    @Test
    void thePagesNameTheirStreamAndTheNumberTheyWereBuiltAtAndLoadTheScriptOnlyThen() throws Exception {
        UserDetails ledning = users.loadUserByUsername("ledning");
        String dashboard = page(get("/dashboard/{id}", reported).with(user(ledning)));
        assertThat(dashboard).contains("data-live-stream=\"/api/promises/" + reported + "/progress/stream\"")
                .containsPattern("data-live-changed=\"\\d+\"")
                .contains("<script src=\"/js/live.js\" defer></script>")
                .contains("data-live=\"i-korthet\" aria-live=\"polite\"");
        String asKnownThen = page(get("/dashboard/{id}", reported).param("knownAt", "2025-06-30T23:59").with(user(ledning)));
        assertThat(asKnownThen).as("no report changes what was known then").doesNotContain("data-live-stream")
                .doesNotContain("live.js");
        assertThat(page(get("/dashboard/commitments/{id}", reported + "-6.2").with(user(ledning))))
                .contains("data-live-stream=\"/api/promises/" + reported + "/progress/stream\"");
        assertThat(page(get("/public/promises/{id}", reported)))
                .contains("data-live-stream=\"/api/promises/" + reported + "/progress/stream\"")
                .contains("<script src=\"/js/live.js\" defer></script>");

        mvc.perform(get("/js/live.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A session as the pages' chain keeps one for a signed-in person. */
    private MockHttpSession signedInOnThePages(String user) {
        UserDetails person = users.loadUserByUsername(user);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
        return session;
    }

    private MvcResult open(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult stream = mvc.perform(request.accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        opened.add(stream);
        return stream;
    }

    private void visit(String promiseId) {
        visits++;
        feed().by(EventFeed.POLIS).on(LocalDate.of(2025, 3, 1)).publish(new PlaceVisitReported(
                promiseId + "-visit-" + visits, promiseId, promiseId + "-6.2",
                new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 3, 1), null, "Synlig närvaro"));
    }

    private static List<Long> numbers(MvcResult stream) throws Exception {
        String content = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Long> numbers = new ArrayList<>();
        Matcher event = EVENT.matcher(content);
        while (event.find()) {
            assertThat(event.group(2)).isEqualTo(event.group(1));
            numbers.add(Long.parseLong(event.group(1)));
        }
        return numbers;
    }

    private static List<Long> awaitEvents(MvcResult stream, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Long> numbers = numbers(stream);
        while (numbers.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stream had " + numbers + " after " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(20);
            numbers = numbers(stream);
        }
        return numbers;
    }
}
