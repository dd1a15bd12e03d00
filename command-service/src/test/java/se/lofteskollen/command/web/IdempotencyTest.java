package se.lofteskollen.command.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A client may repeat a request safely, even two at the same moment: what it creates is created once. */
@CommandServiceTest
class IdempotencyTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;
    @Autowired
    JdbcTemplate jdbc;

    private static String visit(String visitId, String measures) {
        return """
                {"visitId":%s,"commitmentId":"vastervik-2025-6.2","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"%s"}""".formatted(visitId == null ? "null" : "\"" + visitId + "\"", measures);
    }

    @Test
    void anIdempotentRepeatStoresOneEventAndIsAnsweredLikeTheFirst() {
        Answer first = api.post("polis", "/api/place-visits", visit("repeat-1", "Synlig närvaro"));
        long stored = events.count();
        Answer repeat = api.post("polis", "/api/place-visits", visit("repeat-1", "Synlig närvaro"));

        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(events.of("repeat-1")).hasSize(1);
        assertThat(events.count()).isEqualTo(stored);
    }

    @Test
    void otherContentUnderAnIdAlreadyUsedIsAConflict() {
        api.post("polis", "/api/place-visits", visit("repeat-2", "Synlig närvaro"));

        Answer other = api.post("polis", "/api/place-visits", visit("repeat-2", "Något annat"));

        assertThat(other.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.text("field")).isEqualTo("visitId");
        assertThat(events.of("repeat-2")).hasSize(1);
    }

    @Test
    void anIdempotencyKeyMakesTheSameUsersRepeatCreateNothingNew() {
        Map<String, String> key = Map.of("Idempotency-Key", "form-submit-4711");

        Answer first = api.post("polis", "/api/place-visits", visit(null, "Synlig närvaro"), key);
        Answer repeat = api.post("polis", "/api/place-visits", visit(null, "Synlig närvaro"), key);
        Answer otherUser = api.post("samordnare", "/api/place-visits", visit(null, "Synlig närvaro"), key);

        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(events.of(first.text("id"))).hasSize(1);
        assertThat(otherUser.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(otherUser.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void withoutAnIdOrAKeyEveryRequestIsANewReport() {
        Answer first = api.post("polis", "/api/place-visits", visit(null, "Synlig närvaro"));
        Answer second = api.post("polis", "/api/place-visits", visit(null, "Synlig närvaro"));

        assertThat(second.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void aConcurrentDoubleCreateEndsAsOneEventAndTwoSuccesses() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String visitId = "race-" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Answer>> answers = new ArrayList<>();
                for (int client = 0; client < 2; client++) {
                    answers.add(clients.submit(() -> {
                        together.await();
                        return api.post("polis", "/api/place-visits", visit(visitId, "Synlig närvaro"));
                    }));
                }
                for (Future<Answer> answer : answers) {
                    assertThat(answer.get().status()).isEqualTo(HttpStatus.CREATED);
                }
                assertThat(answers.get(1).get().body()).isEqualTo(answers.get(0).get().body());
                assertThat(events.of(visitId)).hasSize(1);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void concurrentPledgesOfOneCodeLeaveOneCommitment() throws Exception {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"codes-2025","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String code = "9." + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Answer>> answers = new ArrayList<>();
                for (String commitmentId : List.of("codes-a-" + round, "codes-b-" + round)) {
                    answers.add(clients.submit(() -> {
                        together.await();
                        return api.post("samordnare", "/api/promises/codes-2025/commitments", """
                                {"commitmentId":"%s","code":"%s","priorityArea":"8","responsible":["POLICE"],
                                 "text":"Trafik"}""".formatted(commitmentId, code));
                    }));
                }
                List<HttpStatus> statuses = new ArrayList<>();
                for (Future<Answer> answer : answers) {
                    statuses.add(HttpStatus.valueOf(answer.get().status().value()));
                }
                assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM commitment_lookup WHERE promise_id = 'codes-2025' AND code = ?",
                        Integer.class, code)).isEqualTo(1);
                assertThat(events.of("codes-a-" + round).size() + events.of("codes-b-" + round).size()).isEqualTo(1);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
