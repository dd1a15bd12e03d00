package se.lofteskollen.query.readmodels;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReadYourWritesTest extends QueryServiceTest {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReadYourWrites freshness;
    @Autowired
    BatchCommits commits;

    String promiseId;

    void aPromiseWithVisits() {
        promiseId = id("ryw-2025");
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "LPO", "Kommun"));
        feed().publish(new CommitmentPledged(promiseId + "-6.2", promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(new Target.Count(Measure.placeVisits(), 100)), null));
        feed().awaitProjections();
    }

    long reportVisit(String visitId) {
        return feed().by(se.lofteskollen.query.testing.EventFeed.POLIS).publish(new PlaceVisitReported(visitId, promiseId,
                promiseId + "-6.2", new Place("Stora torget", "Centrum", null, null), LocalDate.of(2025, 3, 3),
                null, "fotpatrull"));
    }

    /** The one processor that feeds every read model. */
    StreamingEventProcessor readModels() {
        return processing.eventProcessor(Processors.READ_MODELS, StreamingEventProcessor.class).orElseThrow();
    }

    @Test
    void aQueryWithTheCommandsPositionWaitsUntilTheReportIsCounted() throws Exception {
        aPromiseWithVisits();
        StreamingEventProcessor commitments = readModels();
        commitments.shutDown();
        long position;
        CompletableFuture<MvcResult> answer;
        try {
            position = reportVisit(id("visit-1"));
            answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(get("/api/promises/{id}/progress", promiseId).param("asOf", "2025-12-31")
                            .param("minPosition", String.valueOf(position)).with(httpBasic("polis", "polis"))).andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(answer).isNotDone();
        } finally {
            commitments.start();
        }
        MvcResult result = answer.get();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode progress = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(progress.get("areas").get(0).get("commitments").get(0).get("targets").get(0).get("achieved").asInt())
                .isEqualTo(1);
    }

    @Test
    void aPositionNotReachedInTimeIsAnsweredWithServiceUnavailableNotAStaleCount() throws Exception {
        aPromiseWithVisits();
        StreamingEventProcessor commitments = readModels();
        commitments.shutDown();
        try {
            long position = reportVisit(id("visit-late"));
            mvc.perform(get("/api/promises/{id}/progress", promiseId).param("minPosition", String.valueOf(position))
                            .with(httpBasic("polis", "polis")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.minPosition").value(position));
        } finally {
            commitments.start();
        }
    }

    @Test
    void aPositionBeyondTheStoreIsNeverReached() throws Exception {
        mvc.perform(get("/api/promises").param("minPosition", "999999999").with(httpBasic("polis", "polis")))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void everyReadModelWaitsForTheOneProcessorAndAnswersOnceItsBatchIsIn() throws Exception {
        aPromiseWithVisits();
        StreamingEventProcessor readModels = readModels();
        long position;
        readModels.shutDown();
        try {
            position = reportVisit(id("visit-everywhere"));
            assertThat(freshness.reached(position, Processors.ALL.toArray(String[]::new))).isFalse();
            mvc.perform(get("/api/audit").param("user", "polis").param("minPosition", String.valueOf(position))
                            .with(httpBasic("polis", "polis")))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            readModels.start();
        }
        mvc.perform(get("/api/promises/{id}/places", promiseId).param("minPosition", String.valueOf(position))
                        .with(httpBasic("polis", "polis")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stora torget")));
        String audit = mvc.perform(get("/api/audit").param("user", "polis").param("minPosition", String.valueOf(position))
                        .with(httpBasic("polis", "polis")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(audit).contains(id("visit-everywhere"));
        assertThat(freshness.reached(position, Processors.ALL.toArray(String[]::new))).isTrue();
    }

    @Test
    void aQueryWokenByTheBatchOfItsReportFindsTheReportReachedAtOnce() throws Exception {
        aPromiseWithVisits();
        StreamingEventProcessor readModels = readModels();
        readModels.shutDown();
        CompletableFuture<Boolean> woken;
        try {
            long position = reportVisit(id("visit-woken"));
            long seen = commits.count();
            woken = CompletableFuture.supplyAsync(() -> {
                try {
                    commits.awaitAfter(seen, Duration.ofMinutes(1));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                // Looked at once, as a waiting query does when it is woken: the batch's token is in memory already.
                return freshness.reached(position, Processors.COMMITMENTS);
            });
        } finally {
            readModels.start();
        }
        assertThat(woken.get(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void segmentsHeldHereMakeUpTheWholeStreamOnlyWhenTheirPartsSumToOne() {
        assertThat(ReadYourWrites.everySegment(List.of(Segment.ROOT_SEGMENT))).isTrue();
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        assertThat(ReadYourWrites.everySegment(List.of(halves))).isTrue();
        assertThat(ReadYourWrites.everySegment(List.of(halves[0]))).isFalse();
        Segment[] quarters = halves[1].split();
        assertThat(ReadYourWrites.everySegment(List.of(halves[0], quarters[0], quarters[1]))).isTrue();
        assertThat(ReadYourWrites.everySegment(List.of(halves[0], quarters[1]))).isFalse();
        assertThat(ReadYourWrites.everySegment(List.of())).isFalse();
    }

    @Test
    void aNegativePositionIsABadRequest() throws Exception {
        mvc.perform(get("/api/promises").param("minPosition", "-1").with(httpBasic("polis", "polis")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("minPosition"));
    }
}
