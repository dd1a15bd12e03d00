package se.lofteskollen.command.lookup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookup commits with the events or not at all, and follows what happens to commitments. */
@CommandServiceTest
class CommitmentLookupTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private void createPromise(String promiseId) {
        api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"T","policeArea":"LPO","municipality":"K","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}""".formatted(promiseId));
    }

    /**
     * Another pledge of the same code, not yet committed when this one checks the code, commits while this
     * one waits on the unique key: this one's events roll back with its lookup row, and the retry refuses it.
     */
    @Test
    void aPledgeLosingTheRaceForItsCodeAtCommitStoresNothing() throws Exception {
        createPromise("race-2025");
        try (Connection rival = dataSource.getConnection(); Statement statement = rival.createStatement()) {
            rival.setAutoCommit(false);
            statement.executeUpdate("""
                    INSERT INTO commitment_lookup (commitment_id, promise_id, code, responsible)
                    VALUES ('race-2025-rival', 'race-2025', '4.1', 'MUNICIPALITY')""");

            CompletableFuture<Answer> pledge = CompletableFuture.supplyAsync(() ->
                    api.post("samordnare", "/api/promises/race-2025/commitments", """
                            {"commitmentId":"race-2025-late","code":"4.1","priorityArea":"4",
                             "responsible":["MUNICIPALITY"],"text":"Kartläggning"}"""));
            waitUntilAWriterWaitsOnALock(pledge);
            rival.commit();

            Answer answer = pledge.get();
            assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.text("field")).isEqualTo("code");
            assertThat(events.of("race-2025-late")).isEmpty();
        }
    }

    private void waitUntilAWriterWaitsOnALock(CompletableFuture<?> writer) throws InterruptedException {
        for (int i = 0; i < 600 && !writer.isDone(); i++) {
            Integer waiting = jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the pledge never waited on the rival's uncommitted code" + (writer.isDone() ? ": it finished" : ""));
    }

    @Test
    void theLookupFollowsRevisedPartiesAndWithdrawals() {
        createPromise("follow-2025");
        api.post("samordnare", "/api/promises/follow-2025/commitments", """
                {"code":"2.5","priorityArea":"2","responsible":["POLICE"],"text":"Sommarlovet"}""");

        api.put("samordnare", "/api/commitments/follow-2025-2.5", """
                {"responsible":["POLICE","MUNICIPALITY"],"reason":"Kommunen deltar"}""");
        api.post("samordnare", "/api/commitments/follow-2025-2.5/withdrawal", """
                {"reason":"Ingår i 2.4"}""");

        assertThat(jdbc.queryForMap("SELECT code, responsible, withdrawn FROM commitment_lookup WHERE commitment_id = 'follow-2025-2.5'"))
                .containsEntry("code", "2.5").containsEntry("responsible", "MUNICIPALITY,POLICE").containsEntry("withdrawn", true);
    }

    @Test
    void aRefusedPledgeLeavesNoLookupRow() {
        createPromise("refused-2025");

        Answer answer = api.post("samordnare", "/api/promises/refused-2025/commitments", """
                {"code":"5.1","priorityArea":"5","responsible":["MUNICIPALITY"],"text":"Förstudie",
                 "targets":[{"type":"DEADLINE","milestone":"pre-study done","dueOn":"2026-06-30"}]}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.text("field")).isEqualTo("targets[0].dueOn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM commitment_lookup WHERE promise_id = 'refused-2025'", Integer.class))
                .isZero();
    }
}
