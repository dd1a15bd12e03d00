package se.lofteskollen.command.commitment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;
import se.lofteskollen.command.testing.EventStoreRows.StoredEvent;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.events.promise.PromiseClosed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Coordinators and staff change and follow up commitments over HTTP. */
@CommandServiceTest
class CommitmentOverHttpTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void aRevisionIsStoredWithItsReason() {
        Answer answer = api.put("samordnare", "/api/commitments/vastervik-2025-3.3", """
                {"text":"Polisen ska utveckla sitt arbete mot särskilt utsatta brottsoffer.",
                 "reason":"Styrgruppen förtydligade löftet i maj"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        List<StoredEvent> history = events.of("vastervik-2025-3.3");
        assertThat(history).extracting(StoredEvent::type)
                .containsExactly(CommitmentPledged.class.getName(), CommitmentRevised.class.getName());
        StoredEvent revision = history.get(1);
        assertThat(revision.payload().path("reason").asText()).isEqualTo("Styrgruppen förtydligade löftet i maj");
        assertThat(revision.payload().path("text").asText()).isEqualTo("Polisen ska utveckla sitt arbete mot särskilt utsatta brottsoffer.");
        assertThat(revision.payload().path("responsible").toString()).isEqualTo("[\"POLICE\"]");
        assertThat(revision.metaData().path("userId").asText()).isEqualTo("samordnare");
        assertThat(answer.body().path("position").asLong()).isEqualTo(revision.position());
    }

    @Test
    void aRevisionWithoutAReasonIsRefusedNamingTheField() {
        long before = events.count();

        Answer answer = api.put("samordnare", "/api/commitments/vastervik-2025-3.4", """
                {"text":"Ny text"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.text("field")).isEqualTo("reason");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aCoordinatorSetsTheBaselineOfEightOne() {
        Answer answer = api.put("samordnare", "/api/commitments/vastervik-2025-8.1/baseline", """
                {"value":12,"basis":"citizen dialogues held in 2024"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        assertThat(events.of("vastervik-2025-8.1")).extracting(StoredEvent::type).contains(BaselineSet.class.getName());
    }

    @Test
    void theWelfareCrimePreStudyIsReachedOnce() {
        String body = """
                {"milestone":"Förstudien om arbetet mot välfärdsbrott klar","reachedOn":"2025-06-12","notes":"Rapporten antagen"}""";

        Answer first = api.post("kommun", "/api/commitments/vastervik-2025-5.1/milestones", body);
        Answer repeat = api.post("kommun", "/api/commitments/vastervik-2025-5.1/milestones", body);
        Answer again = api.post("kommun", "/api/commitments/vastervik-2025-5.1/milestones", """
                {"milestone":"Förstudien om arbetet mot välfärdsbrott klar","reachedOn":"2025-06-20"}""");

        assertThat(first.status()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.status()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(events.of("vastervik-2025-5.1")).filteredOn(e -> e.type().equals(MilestoneReached.class.getName())).hasSize(1);
    }

    @Test
    void aStatusNoteSentTwiceWithOneIdempotencyKeyIsAddedOnce() {
        Map<String, String> key = Map.of("Idempotency-Key", "note-7.1-september");
        String body = """
                {"note":"ANDTS-coacherna har träffat tre skolor under september"}""";

        Answer first = api.post("kommun", "/api/commitments/vastervik-2025-7.1/notes", body, key);
        Answer repeat = api.post("kommun", "/api/commitments/vastervik-2025-7.1/notes", body, key);

        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.body()).isEqualTo(first.body());
        List<StoredEvent> notes = events.of("vastervik-2025-7.1").stream()
                .filter(event -> event.type().equals(StatusNoteAdded.class.getName())).toList();
        assertThat(notes).singleElement()
                .satisfies(note -> assertThat(note.metaData().path("noteId").asText()).isEqualTo(first.text("id")));
    }

    @Test
    void concurrentNotesOnOneCommitmentAreAllKept() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            int w = writer;
            statuses.add(writers.submit(() -> {
                int created = 0;
                for (int note = 0; note < 10; note++) {
                    Answer answer = api.post("kommun", "/api/commitments/vastervik-2025-7.2/notes",
                            "{\"note\":\"Anteckning %d från skribent %d\"}".formatted(note, w));
                    created += answer.status() == HttpStatus.CREATED ? 1 : 0;
                }
                return created;
            }));
        }
        int created = 0;
        for (Future<Integer> writer : statuses) {
            created += writer.get();
        }
        writers.shutdown();

        assertThat(created).isEqualTo(40);
        List<StoredEvent> history = events.of("vastervik-2025-7.2");
        assertThat(history).filteredOn(event -> event.type().equals(StatusNoteAdded.class.getName())).hasSize(40);
        assertThat(history).extracting(event -> event.payload().path("note").asText()).doesNotHaveDuplicates();
    }

    @Test
    void aClosedYearTakesNoNewPledgesOrReports() {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"closed-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        api.post("samordnare", "/api/promises/closed-2025/commitments", """
                {"code":"6.3","priorityArea":"6","responsible":["POLICE"],"text":"Fotpatrullering"}""");
        Answer closing = api.post("samordnare", "/api/promises/closed-2025/closing", """
                {"closedOn":"2025-09-15","summary":"Följdes upp i styrgruppen"}""");
        assertThat(closing.status()).isEqualTo(HttpStatus.OK);
        assertThat(events.of("closed-2025")).extracting(StoredEvent::type).contains(PromiseClosed.class.getName());
        long before = events.count();

        Answer pledge = api.post("samordnare", "/api/promises/closed-2025/commitments", """
                {"code":"6.4","priorityArea":"6","responsible":["POLICE"],"text":"Mer"}""");
        Answer report = api.post("polis", "/api/activities", """
                {"kind":"FOOT_PATROL","commitmentIds":["closed-2025-6.3"],"occurredOn":"2025-09-20"}""");

        assertThat(pledge.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(report.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(report.body().path("detail").asText()).contains("closed");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aPledgeWithoutAnIdGetsThePromiseIdAndItsCode() {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"pledge-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");

        Answer answer = api.post("samordnare", "/api/promises/pledge-2025/commitments", """
                {"code":"2.6","priorityArea":"2","responsible":["POLICE"],"text":"Orossamtal"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.text("id")).isEqualTo("pledge-2025-2.6");
        assertThat(answer.headers().getLocation()).hasToString("/api/commitments/pledge-2025-2.6");
    }
}
