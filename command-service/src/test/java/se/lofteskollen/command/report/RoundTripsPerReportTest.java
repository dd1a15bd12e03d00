package se.lofteskollen.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.StatementCounter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget of a report's command path in round trips to PostgreSQL (not in time): the commitments it names,
 * read once and locked; the INSERT, which answers the event's position; the COMMIT. Nothing of the new report's
 * own id is read, no lookup row is written, and nothing is read back after the commit.
 */
@CommandServiceTest
@Import(StatementCounter.class)
class RoundTripsPerReportTest {

    private static final int BUDGET = 3;

    @Autowired
    Api api;

    private List<String> roundTripsOf(String user, String path, String body) {
        api.post(user, path, body.replace("%ID%", "warm-up-" + path.hashCode() + user));
        StatementCounter.reset();
        Answer answer = api.post(user, path, body.replace("%ID%", "counted-" + path.hashCode() + user));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(HttpStatus.CREATED);
        List<String> sent = StatementCounter.sent();
        assertThat(sent).as("sent: %s", sent).hasSizeLessThanOrEqualTo(BUDGET)
                .anySatisfy(statement -> assertThat(statement).startsWith("INSERT INTO domain_event_entry"))
                .endsWith("COMMIT");
        return sent;
    }

    @Test
    void aPlaceVisitByAReporterCostsThreeRoundTrips() {
        List<String> sent = roundTripsOf("polis", "/api/place-visits", """
                {"visitId":"%ID%","commitmentId":"vastervik-2025-6.2","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"Synlig närvaro"}""");

        assertThat(sent.get(0)).contains("commitment_lookup", "FOR SHARE");
        assertThat(sent.get(1)).startsWith("INSERT INTO domain_event_entry");
        assertThat(sent.get(2)).isEqualTo("COMMIT");
    }

    @Test
    void aMeetingOnTwoCommitmentsByACoordinatorCostsThreeRoundTrips() {
        List<String> sent = roundTripsOf("samordnare", "/api/meetings", """
                {"meetingId":"%ID%","network":"TISTEL","heldOn":"2025-04-02",
                 "commitmentIds":["vastervik-2025-1.1","vastervik-2025-5.2"],"participants":9}""");

        // No permission check for a coordinator: the aggregate's lookup is the one read.
        assertThat(sent.get(0)).contains("commitment_lookup", "FOR SHARE");
    }

    @Test
    void anActivityByAReporterCostsThreeRoundTrips() {
        List<String> sent = roundTripsOf("kommun", "/api/activities", """
                {"activityId":"%ID%","kind":"CITIZEN_DIALOGUE","commitmentIds":["vastervik-2025-1.1"],
                 "occurredOn":"2025-05-20"}""");

        assertThat(sent).filteredOn(statement -> statement.contains("commitment_lookup")).hasSize(1);
    }
}
