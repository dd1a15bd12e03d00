package se.lofteskollen.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new report reads nothing of its id before it is appended; when the event store refuses the id as taken, the
 * stored report answers: the same content is the first answer again (201, same id and position), other content a
 * 409 naming the id field. Nothing is ever stored twice.
 */
@CommandServiceTest
class ReportRepeatsTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    private Answer meeting(String meetingId, int participants) {
        return api.post("polis", "/api/meetings", """
                {"meetingId":"%s","network":"TISTEL","heldOn":"2025-04-02",
                 "commitmentIds":["vastervik-2025-1.1","vastervik-2025-5.2"],"participants":%d}
                """.formatted(meetingId, participants));
    }

    private Answer activity(String activityId, int count) {
        return api.post("polis", "/api/activities", """
                {"activityId":"%s","kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],"occurredOn":"2025-06-01",
                 "count":%d,"place":{"name":"Hamnen"}}""".formatted(activityId, count));
    }

    private Answer visit(String visitId, String commitmentId, String measures) {
        return api.post("polis", "/api/place-visits", """
                {"visitId":"%s","commitmentId":"%s","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"%s"}""".formatted(visitId, commitmentId, measures));
    }

    @Test
    void theSameMeetingAgainIsTheFirstAnswerAgainAndOneEvent() {
        Answer first = meeting("repeats-meeting-1", 9);
        Answer repeat = meeting("repeats-meeting-1", 9);

        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(first.body().path("position").asLong()).isEqualTo(events.of("repeats-meeting-1").get(0).position());
        assertThat(events.of("repeats-meeting-1")).hasSize(1);
    }

    @Test
    void anotherMeetingUnderAnIdAlreadyUsedIsAConflictOnTheMeetingId() {
        meeting("repeats-meeting-2", 9);

        Answer other = meeting("repeats-meeting-2", 10);

        assertThat(other.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.text("field")).isEqualTo("meetingId");
        assertThat(events.of("repeats-meeting-2")).hasSize(1);
    }

    @Test
    void theSameActivityAgainIsTheFirstAnswerAgainAndAnotherCountAConflict() {
        Answer first = activity("repeats-activity-1", 3);
        Answer repeat = activity("repeats-activity-1", 3);
        Answer other = activity("repeats-activity-1", 4);

        assertThat(repeat.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.text("field")).isEqualTo("activityId");
        assertThat(events.of("repeats-activity-1")).hasSize(1);
    }

    @Test
    void aReportUnderTheIdOfAReportOfAnotherKindIsAConflictOnItsIdField() {
        meeting("repeats-kind-1", 9);

        Answer visit = visit("repeats-kind-1", "vastervik-2025-6.2", "Synlig närvaro");

        assertThat(visit.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(visit.text("field")).isEqualTo("visitId");
        assertThat(events.of("repeats-kind-1")).hasSize(1);
    }

    @Test
    void aReportUnderTheIdOfACommitmentIsAConflictOnItsIdField() {
        long before = events.count();

        Answer visit = visit("vastervik-2025-6.2", "vastervik-2025-6.2", "Synlig närvaro");

        assertThat(visit.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(visit.text("field")).isEqualTo("visitId");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aRepeatAfterItsCommitmentWasWithdrawnIsStillTheFirstAnswer() {
        api.post("samordnare", "/api/promises/vastervik-2025/commitments", """
                {"commitmentId":"repeats-withdrawn","code":"9.8","priorityArea":"6","responsible":["POLICE"],
                 "text":"Platsbesök"}""");
        Answer first = visit("repeats-visit-1", "repeats-withdrawn", "Synlig närvaro");
        api.post("samordnare", "/api/commitments/repeats-withdrawn/withdrawal", """
                {"reason":"Ingår i 6.2"}""");

        Answer repeat = visit("repeats-visit-1", "repeats-withdrawn", "Synlig närvaro");
        Answer other = visit("repeats-visit-1", "repeats-withdrawn", "Något annat");
        Answer newOne = visit("repeats-visit-2", "repeats-withdrawn", "Synlig närvaro");

        assertThat(repeat.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.text("field")).isEqualTo("visitId");
        assertThat(newOne.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(newOne.text("field")).isEqualTo("commitmentId");
        assertThat(events.of("repeats-visit-1")).hasSize(1);
        assertThat(events.of("repeats-visit-2")).isEmpty();
    }
}
