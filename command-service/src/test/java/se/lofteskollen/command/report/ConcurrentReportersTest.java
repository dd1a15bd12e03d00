package se.lofteskollen.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.CommandServiceTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many reporters on one commitment at once lose nothing and store nothing twice. */
@CommandServiceTest
class ConcurrentReportersTest {

    private static final int REPORTERS = 20;
    private static final int REPORTS_EACH = 50;

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyReportersPostingFiftyReportsEachToOneCommitmentLeaveExactlyOneThousandReports() throws Exception {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"patrols-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        api.post("samordnare", "/api/promises/patrols-2025/commitments", """
                {"code":"6.3","priorityArea":"6","responsible":["POLICE"],"text":"Fotpatrullering"}""");

        ExecutorService reporters = Executors.newFixedThreadPool(REPORTERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        for (int reporter = 0; reporter < REPORTERS; reporter++) {
            statuses.add(reporters.submit(() -> {
                start.await();
                List<Integer> answered = new ArrayList<>();
                for (int report = 0; report < REPORTS_EACH; report++) {
                    answered.add(api.post("polis", "/api/activities", """
                            {"kind":"FOOT_PATROL","commitmentIds":["patrols-2025-6.3"],"occurredOn":"2025-08-01",
                             "place":{"name":"Hamnen"}}""").status().value());
                }
                return answered;
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> reporter : statuses) {
            all.addAll(reporter.get());
        }
        reporters.shutdown();

        assertThat(all).hasSize(REPORTERS * REPORTS_EACH).allMatch(status -> status == HttpStatus.CREATED.value());
        Long reports = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type = 'se.lofteskollen.events.report.ActivityReported'
                  AND convert_from(payload, 'UTF8')::jsonb -> 'commitmentIds' @> '["patrols-2025-6.3"]'""", Long.class);
        assertThat(reports).isEqualTo(1_000);
        // And the commitment's own stream stayed as short as it was: reports are aggregates of their own.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'patrols-2025-6.3'",
                Long.class)).isEqualTo(1);
    }
}
