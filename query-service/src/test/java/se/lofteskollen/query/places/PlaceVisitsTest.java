package se.lofteskollen.query.places;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hot-spot view: visits per place and area (the mini promise visits three places in turn). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceVisitsTest extends QueryServiceTest {

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("places-2025"));
    }

    JsonNode places(String... parameters) throws Exception {
        var request = get("/api/promises/{id}/places", promise.promiseId).with(httpBasic("polis", "polis"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return getJson(request);
    }

    static List<String> counts(JsonNode list, String nameField) {
        List<String> counts = new ArrayList<>();
        list.forEach(entry -> counts.add(entry.get(nameField).asText() + " " + entry.get("visits").asInt()));
        return counts;
    }

    @Test
    void visitsAreCountedPerPlaceAndAreaLeavingTheRetractedOneOut() throws Exception {
        JsonNode year = places();

        assertThat(year.get("visits").asInt()).isEqualTo(39);
        // " stora Torget " and "Stora torget" are one place
        assertThat(counts(year.get("places"), "name")).containsExactly("Stora torget 14", "Gamla stan 13", "Resecentrum 12");
        assertThat(counts(year.get("areas"), "area")).containsExactly("Centrum 26", "Gamla stan 13");
        assertThat(year.get("places").get(0).get("lastVisitedOn").asText()).isEqualTo("2025-06-11");
    }

    @Test
    void beforeTheRetractionWasRecordedTheVisitStillCounted() throws Exception {
        JsonNode then = places("knownAt", MiniPromise.ON_30_JUNE);
        assertThat(then.get("visits").asInt()).isEqualTo(40);
        assertThat(counts(then.get("places"), "name")).contains("Resecentrum 13");
    }

    @Test
    void aPeriodCanBeChosen() throws Exception {
        // visits on 6, 10, 14 ... January: 6 to 30 January holds seven of them
        assertThat(places("from", "2025-01-01", "to", "2025-01-31").get("visits").asInt()).isEqualTo(7);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/api/promises/{id}/places", promise.promiseId).param("from", "2025-05-01").param("to", "2025-04-01")
                        .with(httpBasic("polis", "polis")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }
}
