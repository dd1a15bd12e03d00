package se.lofteskollen.query.progress;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The dashboard of a promise fed as events through the real processors, at the edges of the year. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromiseProgressTest extends QueryServiceTest {

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("vastervik-2025"));
    }

    JsonNode progress(String asOf, String knownAt) throws Exception {
        var request = get("/api/promises/{id}/progress", promise.promiseId).with(httpBasic("ledning", "ledning"));
        if (asOf != null) {
            request.param("asOf", asOf);
        }
        if (knownAt != null) {
            request.param("knownAt", knownAt);
        }
        return getJson(request);
    }

    static JsonNode commitment(JsonNode progress, String code) {
        for (JsonNode area : progress.get("areas")) {
            for (JsonNode commitment : area.get("commitments")) {
                if (commitment.get("code").asText().equals(code)) {
                    return commitment;
                }
            }
        }
        throw new AssertionError("no commitment " + code + " in " + progress);
    }

    static String status(JsonNode progress, String code) {
        return commitment(progress, code).get("status").asText();
    }

    @Test
    void theDashboardOnThirtiethOfJuneAsItWasShownThen() throws Exception {
        JsonNode then = progress("2025-06-30", MiniPromise.ON_30_JUNE);

        assertThat(then.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(then.get("daysElapsed").asInt()).isEqualTo(181);
        assertThat(status(then, "1.1")).isEqualTo("ON_TRACK");
        assertThat(status(then, "5.2")).isEqualTo("ON_TRACK");
        assertThat(status(then, "5.1")).isEqualTo("DONE");
        assertThat(status(then, "6.1")).isEqualTo("DUE");
        assertThat(commitment(then, "6.1").get("targets").get(0).get("status").asText()).isEqualTo("ON_TRACK");
        // 40 visits, none retracted yet, against 100 (49 expected): at risk
        JsonNode visits = commitment(then, "6.2").get("targets").get(0);
        assertThat(visits.get("achieved").asInt()).isEqualTo(40);
        assertThat(visits.get("required").asInt()).isEqualTo(100);
        assertThat(visits.get("expected").asInt()).isEqualTo(49);
        assertThat(visits.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(status(then, "8.1")).isEqualTo("NO_BASELINE");
        assertThat(status(then, "2.6")).isEqualTo("ACTIVE");
        assertThat(status(then, "7.2")).isEqualTo("QUIET");
        assertThat(then.get("summary").get("commitments").asInt()).isEqualTo(8);
        assertThat(then.get("summary").get("withdrawn").asInt()).isZero();
    }

    @Test
    void thirtiethOfJuneAfterTheLaterCorrections() throws Exception {
        JsonNode now = progress("2025-06-30", null);

        // the retraction takes one visit away, the revision brings the target to 80 (39 expected)
        JsonNode visits = commitment(now, "6.2").get("targets").get(0);
        assertThat(visits.get("achieved").asInt()).isEqualTo(39);
        assertThat(visits.get("required").asInt()).isEqualTo(80);
        assertThat(visits.get("expected").asInt()).isEqualTo(39);
        assertThat(visits.get("status").asText()).isEqualTo("ON_TRACK");
        // baseline 12: 5 dialogues are level with 12 × 181 / 365 = 5.95 rounded down
        assertThat(status(now, "8.1")).isEqualTo("AT_RISK");
        assertThat(commitment(now, "8.1").get("baseline").asInt()).isEqualTo(12);
        assertThat(status(now, "7.2")).isEqualTo("WITHDRAWN");
        assertThat(commitment(now, "7.2").get("withdrawalReason").asText()).isEqualTo("ingår i 7.1 från augusti");
        JsonNode summary = now.get("summary");
        assertThat(summary.get("commitments").asInt()).isEqualTo(7);
        assertThat(summary.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(summary.get("byStatus").get("ON_TRACK").asInt()).isEqualTo(3);
        assertThat(summary.get("byStatus").has("WITHDRAWN")).isFalse();
    }

    @Test
    void theYearEnd() throws Exception {
        JsonNode yearEnd = progress("2025-12-31", null);

        assertThat(yearEnd.get("daysElapsed").asInt()).isEqualTo(365);
        assertThat(status(yearEnd, "1.1")).isEqualTo("AT_RISK");
        assertThat(status(yearEnd, "5.1")).isEqualTo("DONE");
        assertThat(status(yearEnd, "6.1")).isEqualTo("OVERDUE");
        JsonNode pictures = commitment(yearEnd, "6.1").get("targets").get(0);
        assertThat(pictures.get("achieved").asInt()).isEqualTo(26);
        assertThat(pictures.get("required").asInt()).isEqualTo(53);
        assertThat(pictures.get("missing").asInt()).isEqualTo(27);
        assertThat(pictures.get("status").asText()).isEqualTo("BEHIND");
        assertThat(status(yearEnd, "6.2")).isEqualTo("BEHIND");
        assertThat(status(yearEnd, "8.1")).isEqualTo("ACHIEVED");
        assertThat(status(yearEnd, "2.6")).isEqualTo("QUIET");

        List<String> headline = new ArrayList<>();
        yearEnd.get("headline").forEach(counter -> headline.add(
                counter.get("label").asText() + " " + counter.get("achieved").asInt() + "/" + counter.get("of").asInt()));
        assertThat(headline).containsExactly("Tistelmöten 3/4", "Lägesbilder (veckor) 26/53", "Platsbesök 39/80");

        JsonNode summary = yearEnd.get("summary");
        assertThat(summary.get("byResponsible").get("POLICE").get("AT_RISK").asInt()).isEqualTo(2);
        assertThat(summary.get("byResponsible").get("POLICE").get("BEHIND").asInt()).isEqualTo(1);
        assertThat(summary.get("byResponsible").get("POLICE").get("ACHIEVED").asInt()).isEqualTo(1);
        assertThat(summary.get("byResponsible").get("MUNICIPALITY").get("OVERDUE").asInt()).isEqualTo(1);
        assertThat(summary.get("byResponsible").get("MUNICIPALITY").get("DONE").asInt()).isEqualTo(1);
        assertThat(summary.get("byPriorityArea").get("6").get("OVERDUE").asInt()).isEqualTo(1);
        assertThat(summary.get("byPriorityArea").get("6").get("BEHIND").asInt()).isEqualTo(1);
        assertThat(summary.get("byPriorityArea").has("7")).isFalse();
    }

    @Test
    void theFirstOfJanuary() throws Exception {
        JsonNode first = progress("2025-01-01", null);

        assertThat(first.get("daysElapsed").asInt()).isEqualTo(1);
        assertThat(status(first, "1.1")).isEqualTo("ON_TRACK");
        assertThat(status(first, "6.1")).isEqualTo("DUE");
        assertThat(status(first, "6.2")).isEqualTo("ON_TRACK");
        assertThat(status(first, "8.1")).isEqualTo("AT_RISK");
        assertThat(status(first, "2.6")).isEqualTo("QUIET");
    }

    @Test
    void anAsOfOutsideTheYearIsMovedIntoIt() throws Exception {
        assertThat(progress("2026-03-01", null).get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(progress("2024-10-01", null).get("asOf").asText()).isEqualTo("2025-01-01");
    }

    @Test
    void commitmentsAreGroupedByThePromisesOwnPriorityAreasInItsOrder() throws Exception {
        JsonNode progress = progress("2025-06-30", null);
        List<String> areas = new ArrayList<>();
        progress.get("areas").forEach(area -> areas.add(area.get("priorityArea").asText() + ":"
                + area.get("commitments").size()));
        assertThat(areas).containsExactly("1:1", "2:1", "5:2", "6:2", "7:1", "8:1");
        assertThat(progress.get("areas").get(3).get("name").asText())
                .isEqualTo("Brottskoncentrationer kopplade till tider och platser");
        assertThat(commitment(progress, "6.2").get("priorityArea").asText()).isEqualTo("6");
    }

    @Test
    void inALeapYearTheFirstOfJulyExpectsHalfOfTheMeetings() throws Exception {
        String leap = id("leap-2024");
        feed().publish(Promises.created(leap, 2024, "Medborgarlöfte 2024", "LPO", "Kommun"));
        feed().publish(new CommitmentPledged(leap + "-1.1", leap, "1.1", "1",
                Set.of("POLICE"), "Tistel", List.of(new Target.Count(Measure.meetingsOf(Network.TISTEL), 4)), null));
        feed().publish(new MeetingRecorded(leap + "-m1", leap, Network.TISTEL, LocalDate.of(2024, 3, 1),
                List.of(leap + "-1.1"), 8, null));
        feed().awaitProjections();

        JsonNode firstOfJuly = getJson(get("/api/promises/{id}/progress", leap).param("asOf", "2024-07-01")
                .with(httpBasic("ledning", "ledning")));
        JsonNode thirtiethOfJune = getJson(get("/api/promises/{id}/progress", leap).param("asOf", "2024-06-30")
                .with(httpBasic("ledning", "ledning")));

        assertThat(commitment(firstOfJuly, "1.1").get("targets").get(0).get("expected").asInt()).isEqualTo(2);
        assertThat(status(firstOfJuly, "1.1")).isEqualTo("BEHIND");
        assertThat(firstOfJuly.get("daysInYear").asInt()).isEqualTo(366);
        assertThat(status(thirtiethOfJune, "1.1")).isEqualTo("ON_TRACK");
    }
}
