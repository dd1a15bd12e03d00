package se.lofteskollen.command.access;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may send which command, on what: every principal (the built-in users and anonymous) × every
 * command endpoint × a commitment or report of the principal's own organisation, of the other organisation,
 * and a joint one. Each cell sets up its own objects as the coordinator, then asserts allowed (2xx) or
 * refused (401 anonymous, 403 otherwise) — and that a refusal stored nothing.
 */
@CommandServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandAccessMatrixTest {

    private static final String COORDINATOR = "samordnare";
    private static final String PROMISE = "matrix-2025";
    private static final AtomicInteger IDS = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    enum Principal {
        ANONYMOUS(null, "POLICE"),
        COORDINATOR("samordnare", "POLICE"),
        POLICE_REPORTER("polis", "POLICE"),
        MUNICIPALITY_REPORTER("kommun", "MUNICIPALITY"),
        MANAGEMENT("ledning", "POLICE"),
        /** Coordinates another municipality's promise: none of this one's organisations. */
        OTHER_MUNICIPALITYS_COORDINATOR("hultsfred", "POLICE"),
        NATIONAL_READER("nationell", "POLICE");

        final String user;
        /** The organisation called "own" in this principal's cells (the coordinator belongs to both). */
        final String own;

        Principal(String user, String own) {
            this.user = user;
            this.own = own;
        }

        String other() {
            return own.equals("POLICE") ? "MUNICIPALITY" : "POLICE";
        }

        String reporterOf(String organisation) {
            return organisation.equals("POLICE") ? "polis" : "kommun";
        }
    }

    /** Whose commitment (or, for a retraction, whose report) the cell's command is about. */
    enum Target { OWN, OTHER, JOINT }

    enum Kind { COORDINATORS_ONLY, REPORTING, RETRACTION }

    record Request(HttpMethod method, String path, String body) {
    }

    @FunctionalInterface
    interface Preparation {
        Request prepare(CommandAccessMatrixTest test, Principal principal, Target target);
    }

    enum Endpoint {
        CREATE_PROMISE(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.POST, "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Löfte","policeArea":"LPO","municipality":"Kommunen","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}"""
                .formatted(t.newId("promise")))),
        SIGN_PROMISE(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/promises/" + t.newPromise() + "/signatures", """
                {"signedOn":"2025-01-27","signatories":[{"name":"A","title":"Chef","party":"POLICE"},
                 {"name":"B","title":"Kommunalråd","party":"MUNICIPALITY"}]}""")),
        CLOSE_PROMISE(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/promises/" + t.newPromise() + "/closing", """
                {"closedOn":"2025-09-01","summary":"Uppföljt"}""")),
        PLEDGE_COMMITMENT(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/promises/" + PROMISE + "/commitments", """
                {"commitmentId":"%s","code":"%s","priorityArea":"8","responsible":%s,"text":"Ett löfte"}"""
                .formatted(t.newId("pledged"), "8." + IDS.incrementAndGet(), responsible(p, target)))),
        REVISE_COMMITMENT(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.PUT,
                "/api/commitments/" + t.newCommitment(p, target), """
                {"text":"Ett reviderat löfte","reason":"Ny lägesbild"}""")),
        WITHDRAW_COMMITMENT(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/commitments/" + t.newCommitment(p, target) + "/withdrawal", """
                {"reason":"Utgår"}""")),
        SET_BASELINE(Kind.COORDINATORS_ONLY, (t, p, target) -> new Request(HttpMethod.PUT,
                "/api/commitments/" + t.newCommitment(p, target) + "/baseline", """
                {"value":12,"basis":"medborgardialoger 2024"}""")),
        RECORD_MEETING(Kind.REPORTING, (t, p, target) -> new Request(HttpMethod.POST, "/api/meetings", """
                {"meetingId":"%s","network":"TISTEL","heldOn":"2025-05-20","commitmentIds":["%s"],"participants":6}"""
                .formatted(t.newId("meeting"), t.newCommitment(p, target)))),
        REPORT_PLACE_VISIT(Kind.REPORTING, (t, p, target) -> new Request(HttpMethod.POST, "/api/place-visits", """
                {"visitId":"%s","commitmentId":"%s","place":{"name":"Stora torget"},"visitedOn":"2025-05-20",
                 "measures":"Synlig närvaro"}""".formatted(t.newId("visit"), t.newCommitment(p, target)))),
        REPORT_ACTIVITY(Kind.REPORTING, (t, p, target) -> new Request(HttpMethod.POST, "/api/activities", """
                {"activityId":"%s","kind":"FOOT_PATROL","commitmentIds":["%s"],"occurredOn":"2025-05-20"}"""
                .formatted(t.newId("activity"), t.newCommitment(p, target)))),
        REACH_MILESTONE(Kind.REPORTING, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/commitments/" + t.newCommitment(p, target) + "/milestones", """
                {"milestone":"pre-study done","reachedOn":"2025-05-20"}""")),
        ADD_STATUS_NOTE(Kind.REPORTING, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/commitments/" + t.newCommitment(p, target) + "/notes", """
                {"note":"Arbetet pågår"}""")),
        RETRACT_REPORT(Kind.RETRACTION, (t, p, target) -> new Request(HttpMethod.POST,
                "/api/reports/" + t.newReport(p, target) + "/retraction", """
                {"reason":"Fel datum"}"""));

        final Kind kind;
        final Preparation preparation;

        Endpoint(Kind kind, Preparation preparation) {
            this.kind = kind;
            this.preparation = preparation;
        }
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Principal.values())
                .flatMap(principal -> Arrays.stream(Target.values())
                        .map(target -> Arguments.of(endpoint, principal, target))));
    }

    /** The rules of DESIGN.md "Security", cell by cell. */
    static HttpStatus expected(Endpoint endpoint, Principal principal, Target target) {
        return switch (principal) {
            case ANONYMOUS -> HttpStatus.UNAUTHORIZED;
            case MANAGEMENT, OTHER_MUNICIPALITYS_COORDINATOR, NATIONAL_READER -> HttpStatus.FORBIDDEN;
            case COORDINATOR -> HttpStatus.OK;
            case POLICE_REPORTER, MUNICIPALITY_REPORTER -> switch (endpoint.kind) {
                case COORDINATORS_ONLY -> HttpStatus.FORBIDDEN;
                case REPORTING -> target == Target.OTHER ? HttpStatus.FORBIDDEN : HttpStatus.OK;
                // A joint target here is a report made by the coordinator: not the reporter's organisation's own.
                case RETRACTION -> target == Target.OWN ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            };
        };
    }

    @BeforeAll
    void aPromiseToWorkIn() {
        assertThat(api.post(COORDINATOR, "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Matris","policeArea":"LPO","municipality":"Kommunen","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}"""
                .formatted(PROMISE)).status().is2xxSuccessful()).isTrue();
    }

    @ParameterizedTest(name = "{0} by {1} on {2}")
    @MethodSource("cells")
    void eachPrincipalMaySendOnlyWhatItsRoleAndOrganisationAllow(Endpoint endpoint, Principal principal, Target target) {
        Request request = endpoint.preparation.prepare(this, principal, target);
        long before = events.count();

        Answer answer = api.send(principal.user, request.method(), request.path(), request.body(), Map.of());

        HttpStatus expected = expected(endpoint, principal, target);
        if (expected == HttpStatus.OK) {
            assertThat(answer.status().is2xxSuccessful()).as("%s: %s", answer.status(), answer.body()).isTrue();
            assertThat(events.count()).isGreaterThan(before);
        } else {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(expected);
            assertThat(events.count()).as("events stored by a refused request").isEqualTo(before);
        }
    }

    // What each cell works on, set up as the coordinator (or, for reports, as their reporters).

    String newId(String kind) {
        return "matrix-" + kind + "-" + IDS.incrementAndGet();
    }

    String newPromise() {
        String promiseId = newId("promise");
        created(api.post(COORDINATOR, "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Löfte","policeArea":"LPO","municipality":"Kommunen","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}"""
                .formatted(promiseId)));
        return promiseId;
    }

    static String responsible(Principal principal, Target target) {
        return switch (target) {
            case OWN -> "[\"" + principal.own + "\"]";
            case OTHER -> "[\"" + principal.other() + "\"]";
            case JOINT -> "[\"POLICE\",\"MUNICIPALITY\"]";
        };
    }

    /** A fresh commitment the target's organisation(s) answer for, with a milestone and a baseline to measure. */
    String newCommitment(Principal principal, Target target) {
        String commitmentId = newId("commitment");
        created(api.post(COORDINATOR, "/api/promises/" + PROMISE + "/commitments", """
                {"commitmentId":"%s","code":"%s","priorityArea":"8","responsible":%s,"text":"Ett löfte",
                 "targets":[{"type":"DEADLINE","milestone":"pre-study done","dueOn":"2025-06-30"},
                            {"type":"INCREASE","measure":{"report":"ACTIVITY","activity":"CITIZEN_DIALOGUE"}}]}"""
                .formatted(commitmentId, "8." + IDS.incrementAndGet(), responsible(principal, target))));
        return commitmentId;
    }

    /** A report made by someone of the principal's own organisation, of the other one, or by the coordinator. */
    String newReport(Principal principal, Target target) {
        String reporter = switch (target) {
            case OWN -> principal.reporterOf(principal.own);
            case OTHER -> principal.reporterOf(principal.other());
            case JOINT -> COORDINATOR;
        };
        String commitmentId = newCommitment(principal, Target.JOINT);
        String activityId = newId("report");
        created(api.post(reporter, "/api/activities", """
                {"activityId":"%s","kind":"FOOT_PATROL","commitmentIds":["%s"],"occurredOn":"2025-05-20"}"""
                .formatted(activityId, commitmentId)));
        return activityId;
    }

    private static void created(Answer answer) {
        assertThat(answer.status().is2xxSuccessful()).as("setting up: %s %s", answer.status(), answer.body()).isTrue();
    }
}
