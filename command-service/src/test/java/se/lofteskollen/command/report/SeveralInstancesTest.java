package se.lofteskollen.command.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.platform.testing.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofteskollen.command.testing.Instance.api;
import static se.lofteskollen.command.testing.Instance.start;

/**
 * Two command-service instances on one database, as behind a load balancer: a rule across aggregates holds exactly
 * whichever instance changed what it depends on, and however recently.
 */
class SeveralInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api firstApi;
    private static Api secondApi;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        String databaseUrl = TestDatabase.newDatabaseUrl();
        first = start(databaseUrl);
        second = start(databaseUrl);
        firstApi = api(first);
        secondApi = api(second);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private static Answer visit(Api api, String visitId, String commitmentId) {
        return visit(api, "polis", visitId, commitmentId);
    }

    private static Answer visit(Api api, String user, String visitId, String commitmentId) {
        return api.post(user, "/api/place-visits", """
                {"visitId":"%s","commitmentId":"%s","place":{"name":"Stationen"},
                 "visitedOn":"2025-07-01","measures":"Synlig närvaro"}""".formatted(visitId, commitmentId));
    }

    private static Answer withdraw(Api api, String commitmentId) {
        return api.post("samordnare", "/api/commitments/" + commitmentId + "/withdrawal", """
                {"reason":"Ingår i ett annat löfte"}""");
    }

    @Test
    void aReportOnACommitmentWithdrawnAMomentAgoByAnotherInstanceIsRefused() {
        assertThat(visit(firstApi, "instances-visit-1", "vastervik-2025-6.2").status()).isEqualTo(HttpStatus.CREATED);

        assertThat(withdraw(secondApi, "vastervik-2025-6.2").status()).isEqualTo(HttpStatus.OK);
        Answer afterwards = visit(firstApi, "instances-visit-2", "vastervik-2025-6.2");

        assertThat(afterwards.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(afterwards.text("field")).isEqualTo("commitmentId");
    }

    /**
     * The withdrawal is made by the other instance while this one checks: its transaction has changed the
     * commitment's row and not committed yet. The report waits for it, and is then refused; it never commits on the
     * old state it would have read without the lock.
     */
    @Test
    void aReportMadeWhileAnotherInstanceCommitsAWithdrawalWaitsForItAndIsRefused() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        try (Connection otherInstance = second.getBean(DataSource.class).getConnection();
             Statement statement = otherInstance.createStatement()) {
            otherInstance.setAutoCommit(false);
            statement.executeUpdate("UPDATE commitment_lookup SET withdrawn = TRUE WHERE commitment_id = 'vastervik-2025-2.6'");

            CompletableFuture<Answer> report = CompletableFuture.supplyAsync(() ->
                    visit(firstApi, "instances-visit-3", "vastervik-2025-2.6"));
            waitUntilAWriterWaitsOnALock(jdbc, report);
            otherInstance.commit();

            Answer answer = report.get();
            assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.text("field")).isEqualTo("commitmentId");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'instances-visit-3'",
                    Long.class)).isZero();
        }
    }

    /**
     * This instance remembers the commitment as the police's alone; the other makes the municipality answer for it
     * too. A municipal reporter's report through this instance is refused on what it remembered, and so decided
     * again on what holds now: accepted.
     */
    @Test
    void aReportRefusedOnWhatThisInstanceRememberedIsDecidedAgainOnWhatAnotherInstanceChanged() {
        assertThat(visit(firstApi, "kommun", "instances-visit-4", "vastervik-2025-3.3").status())
                .as("before the revision").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(visit(firstApi, "instances-visit-5", "vastervik-2025-3.3").status()).isEqualTo(HttpStatus.CREATED);

        assertThat(secondApi.put("samordnare", "/api/commitments/vastervik-2025-3.3", """
                {"responsible":["POLICE","MUNICIPALITY"],"reason":"Kommunen deltar"}""").status()).isEqualTo(HttpStatus.OK);

        assertThat(visit(firstApi, "kommun", "instances-visit-6", "vastervik-2025-3.3").status()).isEqualTo(HttpStatus.CREATED);
    }

    private static void waitUntilAWriterWaitsOnALock(JdbcTemplate jdbc, CompletableFuture<?> writer) throws InterruptedException {
        for (int i = 0; i < 600 && !writer.isDone(); i++) {
            Integer waiting = jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'""", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the report never waited on the other instance's withdrawal"
                + (writer.isDone() ? ": it finished" : ""));
    }
}
