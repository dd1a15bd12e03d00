package se.lofteskollen.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.platform.testing.StatementCounter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget of a report's command path in round trips to PostgreSQL (not in time): one statement, the INSERT,
 * which checks and locks the commitments the report was decided on and answers the event's position, committed on
 * its own. The commitments are read once per instance (the first report on them), not per report; nothing of the new
 * report's own id is read, no lookup row is written, and nothing is read back after the commit.
 */
@CommandServiceTest
@Import(StatementCounter.class)
class RoundTripsPerReportTest {

    @Autowired
    Api api;

    private List<String> roundTripsOf(String user, String path, String body, String id) {
        StatementCounter.reset();
        Answer answer = api.post(user, path, body.replace("%ID%", id + path.hashCode() + user));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(HttpStatus.CREATED);
        return StatementCounter.sent();
    }

    private static void isTheCheckedInsert(String statement) {
        assertThat(statement).startsWith("INSERT INTO domain_event_entry").contains("commitment_lookup", "FOR SHARE");
    }

    @Test
    void aPlaceVisitByAReporterIsOneRoundTripOnceItsCommitmentHasBeenRead() {
        String visit = """
                {"visitId":"%ID%","commitmentId":"vastervik-2025-6.2","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"Synlig närvaro"}""";
        roundTripsOf("polis", "/api/place-visits", visit, "first-");

        List<String> sent = roundTripsOf("polis", "/api/place-visits", visit, "counted-");

        assertThat(sent).as("sent: %s", sent).singleElement().satisfies(RoundTripsPerReportTest::isTheCheckedInsert);
    }

    @Test
    void aMeetingOnTwoCommitmentsByACoordinatorIsOneRoundTrip() {
        String meeting = """
                {"meetingId":"%ID%","network":"TISTEL","heldOn":"2025-04-02",
                 "commitmentIds":["vastervik-2025-1.1","vastervik-2025-5.2"],"participants":9}""";
        roundTripsOf("samordnare", "/api/meetings", meeting, "first-");

        List<String> sent = roundTripsOf("samordnare", "/api/meetings", meeting, "counted-");

        assertThat(sent).as("sent: %s", sent).singleElement().satisfies(RoundTripsPerReportTest::isTheCheckedInsert);
    }

    @Test
    void theFirstReportOnACommitmentReadsItWithoutLockingThenAppends() {
        List<String> sent = roundTripsOf("kommun", "/api/activities", """
                {"activityId":"%ID%","kind":"CITIZEN_DIALOGUE","commitmentIds":["vastervik-2025-3.2"],
                 "occurredOn":"2025-05-20"}""", "first-");

        assertThat(sent).as("sent: %s", sent).hasSize(2);
        assertThat(sent.get(0)).contains("commitment_lookup").doesNotContain("FOR SHARE");
        isTheCheckedInsert(sent.get(1));
    }
}
