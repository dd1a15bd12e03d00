package se.lofteskollen.query.rebuild;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;
import se.lofteskollen.query.testing.ReadModelTables;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.report.ActivityReported;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofteskollen.query.testing.EventFeed.POLIS;

/**
 * A rebuild in segments of its own (for a machine with the cores for them) hands the live processor, with its one
 * segment, the position they all reached, and goes on from it.
 */
@TestPropertySource(properties = "lofteskollen.rebuild.segments=3")
class RebuildInSegmentsTest extends QueryServiceTest {

    @Autowired
    Rebuild rebuild;

    @Test
    void aRebuildInThreeSegmentsGivesTheReadModelsBuiltLiveAndTheLiveProcessorGoesOnInItsOneSegment() throws Exception {
        MiniPromise promise = new MiniPromise(feed(), id("segments"));
        Map<String, List<String>> live = ReadModelTables.snapshot(jdbc);

        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json"))
                .andExpect(status().isOk());
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                !rebuild.replaying(Processors.READ_MODELS)
                        && new RebuildTest.TokenPositionsProbe(jdbc).lowestPosition(Processors.READ_MODELS) >= head);

        assertThat(ReadModelTables.snapshot(jdbc)).isEqualTo(live);
        assertThat(jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ?", Integer.class,
                Processors.READ_MODELS)).containsExactly(0);

        LocalDate day = LocalDate.of(2025, 11, 4);
        feed().by(POLIS).on(day).publish(new ActivityReported(id("after-the-swap"), promise.promiseId,
                ActivityKind.CITIZEN_DIALOGUE, List.of(promise.commitment("8.1")), day, 2, null, null));
        feed().awaitProjections();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_view WHERE report_id = ?", Long.class,
                id("after-the-swap"))).isEqualTo(1);
    }
}
