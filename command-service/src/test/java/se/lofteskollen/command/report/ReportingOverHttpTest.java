package se.lofteskollen.command.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff report on the Västervik 2025 promise over HTTP; the events land in PostgreSQL. */
@CommandServiceTest
class ReportingOverHttpTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    private Answer tistelMeeting(String meetingId, String heldOn) {
        return api.post("polis", "/api/meetings", """
                {"meetingId":"%s","network":"TISTEL","heldOn":"%s",
                 "commitmentIds":["vastervik-2025-1.1","vastervik-2025-5.2"],"participants":11,
                 "notes":"Lägesbild organiserad brottslighet och kriminell ekonomi"}
                """.formatted(meetingId, heldOn));
    }

    private Answer placeVisit(String visitId, String commitmentId, String place) {
        return api.post("polis", "/api/place-visits", """
                {"visitId":"%s","commitmentId":"%s","place":{"name":"%s","area":"Centrum","lat":57.7577,"lon":16.6367},
                 "visitedOn":"2025-05-03","problemPicture":"Oro kvällstid","measures":"Synlig närvaro, samtal med butiker"}
                """.formatted(visitId, commitmentId, place));
    }

    @Test
    void fourTistelMeetingsEachServeOneOneAndFiveTwo() {
        List<String> days = List.of("2025-02-11", "2025-04-08", "2025-06-10", "2025-09-09");
        for (int i = 0; i < days.size(); i++) {
            Answer answer = tistelMeeting("tistel-2025-" + (i + 1), days.get(i));
            assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
            assertThat(answer.text("id")).isEqualTo("tistel-2025-" + (i + 1));
            assertThat(answer.body().path("position").asLong()).isPositive();
            assertThat(answer.headers().getLocation()).hasToString("/api/reports/tistel-2025-" + (i + 1));
        }

        List<StoredEvent> meetings = events.ofType(MeetingRecorded.class).stream()
                .filter(event -> event.aggregateId().startsWith("tistel-2025-")).toList();
        assertThat(meetings).hasSize(4);
        assertThat(meetings).allSatisfy(meeting -> {
            assertThat(meeting.payload().path("network").asText()).isEqualTo("TISTEL");
            assertThat(meeting.payload().path("promiseId").asText()).isEqualTo("vastervik-2025");
            assertThat(meeting.payload().path("commitmentIds").toString())
                    .isEqualTo("[\"vastervik-2025-1.1\",\"vastervik-2025-5.2\"]");
            assertThat(meeting.payload().path("participants").asInt()).isEqualTo(11);
        });
        assertThat(meetings.stream().map(meeting -> meeting.payload().path("heldOn").asText())).containsExactlyElementsOf(days);
    }

    @Test
    void placeVisitsCountTowardSixTwo() {
        for (int i = 1; i <= 3; i++) {
            assertThat(placeVisit("visit-62-" + i, "vastervik-2025-6.2", "Stortorget").status()).isEqualTo(HttpStatus.CREATED);
        }

        List<StoredEvent> visits = events.ofType(PlaceVisitReported.class).stream()
                .filter(event -> event.aggregateId().startsWith("visit-62-")).toList();
        assertThat(visits).hasSize(3).allSatisfy(visit -> {
            assertThat(visit.payload().path("commitmentId").asText()).isEqualTo("vastervik-2025-6.2");
            assertThat(visit.payload().path("place").path("name").asText()).isEqualTo("Stortorget");
            assertThat(visit.payload().path("measures").asText()).isEqualTo("Synlig närvaro, samtal med butiker");
        });
    }

    @Test
    void aMeetingAgainstSixTwoIsAcceptedAlthoughNoTargetCountsMeetings() {
        Answer answer = api.post("polis", "/api/meetings", """
                {"meetingId":"samverkan-62","network":"OTHER","heldOn":"2025-04-01",
                 "commitmentIds":["vastervik-2025-6.2"],"participants":4}
                """);

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(events.of("samverkan-62")).extracting(StoredEvent::type).containsExactly(MeetingRecorded.class.getName());
    }

    @Test
    void concernTalksOnAnOngoingCommitmentAreCountedWithoutNamingAnyone() {
        Answer answer = api.post("polis", "/api/activities", """
                {"activityId":"oro-26-1","kind":"CONCERN_TALK","commitmentIds":["vastervik-2025-2.6"],
                 "occurredOn":"2025-08-14","count":3}
                """);

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        StoredEvent talks = events.of("oro-26-1").get(0);
        assertThat(talks.payload().path("count").asInt()).isEqualTo(3);
        assertThat(talks.payload().path("kind").asText()).isEqualTo("CONCERN_TALK");
    }

    @Test
    void anActivityCountsOneUnlessToldOtherwise() {
        api.post("kommun", "/api/activities", """
                {"activityId":"lagesbild-v40","kind":"SITUATION_PICTURE","commitmentIds":["vastervik-2025-6.1"],
                 "occurredOn":"2025-09-29"}
                """);

        assertThat(events.of("lagesbild-v40").get(0).payload().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void aRetractionIsStoredBesideTheReportItCorrects() {
        placeVisit("visit-twice", "vastervik-2025-6.2", "Hamnen");

        Answer retraction = api.post("polis", "/api/reports/visit-twice/retraction", """
                {"reason":"The same visit was reported twice"}""");

        assertThat(retraction.status()).isEqualTo(HttpStatus.OK);
        assertThat(retraction.text("id")).isEqualTo("visit-twice");
        List<StoredEvent> history = events.of("visit-twice");
        assertThat(history).extracting(StoredEvent::type)
                .containsExactly(PlaceVisitReported.class.getName(), ReportRetracted.class.getName());
        assertThat(history.get(1).payload().path("reason").asText()).isEqualTo("The same visit was reported twice");
        assertThat(retraction.body().path("position").asLong()).isEqualTo(history.get(1).position());
    }

    @Test
    void reportOnWithdrawnCommitmentIsRefused() {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"withdrawn-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        api.post("samordnare", "/api/promises/withdrawn-2025/commitments", """
                {"code":"6.2","priorityArea":"6","responsible":["POLICE"],"text":"Platsbesök"}""");
        api.post("samordnare", "/api/commitments/withdrawn-2025-6.2/withdrawal", """
                {"reason":"Replaced by the regional plan"}""");
        long before = events.count();

        Answer answer = placeVisit("visit-on-withdrawn", "withdrawn-2025-6.2", "Torget");

        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.text("field")).isEqualTo("commitmentId");
        assertThat(events.count()).isEqualTo(before);
    }
}
