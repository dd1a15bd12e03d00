package se.lofteskollen.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal is problem details that name the field to change, and a refused request stores nothing:
 * each test checks that the event count is unchanged after it.
 */
@CommandServiceTest
class ProblemDetailsTest {

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = events.count();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(events.count()).as("events stored by a refused request").isEqualTo(eventsBefore);
    }

    private static Answer assertProblem(Answer answer, HttpStatus status, String field) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(answer.headers().getContentType())).isTrue();
        assertThat(answer.body().path("status").asInt()).isEqualTo(status.value());
        assertThat(answer.text("field")).isEqualTo(field);
        assertThat(answer.body().toString()).doesNotContain("Exception", "at se.lofteskollen", "org.axonframework");
        return answer;
    }

    private static List<String> fields(Answer answer) {
        JsonNode errors = answer.body().path("errors");
        return StreamSupport.stream(errors.spliterator(), false).map(error -> error.path("field").asText()).toList();
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = api.post("polis", "/api/meetings", "{\"network\": ");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.body().path("detail").asText()).contains("not well-formed JSON");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        assertProblem(api.post("polis", "/api/place-visits", """
                {"commitmentId":"vastervik-2025-6.2","place":{"name":"Torget"},"visitedOn":"2025-07-01",
                 "measures":"Närvaro","visitorName":"Kalle"}"""), HttpStatus.BAD_REQUEST, "visitorName");
    }

    @Test
    void anUnknownFieldDeepInATargetIsNamedByItsPath() {
        assertProblem(api.post("samordnare", "/api/promises/vastervik-2025/commitments", """
                {"code":"9.1","priorityArea":"8","responsible":["POLICE"],"text":"Trafik",
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT","colour":"red"},"atLeast":4}]}"""),
                HttpStatus.BAD_REQUEST, "targets[0].measure.colour");
    }

    @Test
    void theIdentityCannotBeGivenInTheBody() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","heldOn":"2025-03-12","commitmentIds":["vastervik-2025-1.1"],"participants":5,
                 "userId":"samordnare"}"""), HttpStatus.BAD_REQUEST, "userId");
    }

    @Test
    void aWrongTypeNamesTheField() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","heldOn":"2025-03-12","commitmentIds":["vastervik-2025-1.1"],"participants":"many"}"""),
                HttpStatus.BAD_REQUEST, "participants");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheChoices() {
        Answer answer = assertProblem(api.post("polis", "/api/meetings", """
                {"network":"BRÅ","heldOn":"2025-03-12","commitmentIds":["vastervik-2025-1.1"],"participants":5}"""),
                HttpStatus.BAD_REQUEST, "network");
        assertThat(answer.body().path("detail").asText()).contains("TISTEL", "SSPF");
    }

    @Test
    void aDateThatIsNoDateNamesTheField() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","heldOn":"2025-13-45","commitmentIds":["vastervik-2025-1.1"],"participants":5}"""),
                HttpStatus.BAD_REQUEST, "heldOn");
    }

    @Test
    void anInconsistentTargetIsRefusedWithTheReason() {
        Answer answer = assertProblem(api.post("samordnare", "/api/promises/vastervik-2025/commitments", """
                {"code":"9.2","priorityArea":"8","responsible":["POLICE"],"text":"Trafik",
                 "targets":[{"type":"COUNT","measure":{"report":"PLACE_VISIT"},"atLeast":0}]}"""),
                HttpStatus.BAD_REQUEST, "targets[0]");
        assertThat(answer.body().path("detail").asText()).contains("a count target needs at least one");
    }

    @Test
    void anUnknownTargetTypeIsRefused() {
        assertProblem(api.post("samordnare", "/api/promises/vastervik-2025/commitments", """
                {"code":"9.3","priorityArea":"8","responsible":["POLICE"],"text":"Trafik",
                 "targets":[{"type":"PERCENTAGE","measure":{"report":"PLACE_VISIT"}}]}"""),
                HttpStatus.BAD_REQUEST, "targets[0]");
    }

    @Test
    void everyInvalidFieldIsListed() {
        Answer answer = assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","commitmentIds":[],"participants":0}"""), HttpStatus.BAD_REQUEST, "commitmentIds");
        assertThat(fields(answer)).containsExactly("commitmentIds", "heldOn", "participants");
    }

    @Test
    void aNestedInvalidFieldIsNamedByItsPath() {
        Answer answer = assertProblem(api.post("samordnare", "/api/promises/vastervik-2025/signatures", """
                {"signedOn":"2025-01-27","signatories":[{"name":"Sofia Karlsson","title":"Lokalpolisområdeschef"}]}"""),
                HttpStatus.BAD_REQUEST, "signatories[0].party");
        assertThat(fields(answer)).containsExactly("signatories[0].party");
    }

    @Test
    void aBadIdempotencyKeyNamesTheHeader() {
        assertProblem(api.post("polis", "/api/meetings", """
                        {"network":"TISTEL","heldOn":"2025-03-12","commitmentIds":["vastervik-2025-1.1"],"participants":5}""",
                java.util.Map.of("Idempotency-Key", "k".repeat(201))), HttpStatus.BAD_REQUEST, "Idempotency-Key");
    }

    @Test
    void aReportDatedInTheFutureNamesItsDate() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","heldOn":"2025-10-01","commitmentIds":["vastervik-2025-1.1"],"participants":5}"""),
                HttpStatus.BAD_REQUEST, "heldOn");
    }

    @Test
    void aReportOutsideThePromiseYearNamesItsDate() {
        assertProblem(api.post("polis", "/api/activities", """
                {"kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],"occurredOn":"2024-12-31"}"""),
                HttpStatus.BAD_REQUEST, "occurredOn");
    }

    @Test
    void anUnknownCommitmentInTheBodyIsNotFoundNamingWhere() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"network":"TISTEL","heldOn":"2025-03-12","commitmentIds":["vastervik-2025-1.1","vastervik-2025-9.9"],
                 "participants":5}"""), HttpStatus.NOT_FOUND, "commitmentIds[1]");
    }

    @Test
    void anUnknownCommitmentInThePathIsNotFound() {
        assertProblem(api.post("samordnare", "/api/commitments/vastervik-2025-9.9/withdrawal", """
                {"reason":"Finns inte"}"""), HttpStatus.NOT_FOUND, "commitmentId");
    }

    @Test
    void anUnknownPromiseIsNotFound() {
        assertProblem(api.post("samordnare", "/api/promises/nowhere-2025/commitments", """
                {"code":"1.1","priorityArea":"1","responsible":["POLICE"],"text":"Text"}"""),
                HttpStatus.NOT_FOUND, "promiseId");
    }

    @Test
    void retractingSomethingThatIsNoReportIsNotFound() {
        assertProblem(api.post("polis", "/api/reports/vastervik-2025-6.2/retraction", """
                {"reason":"Fel"}"""), HttpStatus.NOT_FOUND, "reportId");
    }

    @Test
    void aReportUnderTheIdOfACommitmentIsAConflict() {
        assertProblem(api.post("polis", "/api/meetings", """
                {"meetingId":"vastervik-2025-1.1","network":"TISTEL","heldOn":"2025-03-12",
                 "commitmentIds":["vastervik-2025-1.1"],"participants":5}"""), HttpStatus.CONFLICT, "meetingId");
    }

    @Test
    void aCodeAlreadyUsedInThePromiseIsAConflict() {
        assertProblem(api.post("samordnare", "/api/promises/vastervik-2025/commitments", """
                {"commitmentId":"another-6.2","code":"6.2","priorityArea":"6","responsible":["POLICE"],
                 "text":"Dubblett"}"""), HttpStatus.CONFLICT, "code");
    }

    @Test
    void aMilestoneTheCommitmentDoesNotHaveNamesTheField() {
        assertProblem(api.post("kommun", "/api/commitments/vastervik-2025-4.1/milestones", """
                {"milestone":"Förstudien om arbetet mot välfärdsbrott klar","reachedOn":"2025-06-12"}"""),
                HttpStatus.BAD_REQUEST, "milestone");
    }

    @Test
    void aReporterMayNotPledge() {
        Answer answer = api.post("polis", "/api/promises/vastervik-2025/commitments", """
                {"code":"9.4","priorityArea":"8","responsible":["POLICE"],"text":"Trafik"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(answer.headers().getContentType())).isTrue();
    }

    @Test
    void managementMayNotReport() {
        Answer answer = api.post("ledning", "/api/activities", """
                {"kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],"occurredOn":"2025-08-01"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnauthenticatedRequestIsRefused() {
        Answer answer = api.post("nobody", "/api/activities", """
                {"kind":"FOOT_PATROL","commitmentIds":["vastervik-2025-6.3"],"occurredOn":"2025-08-01"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
