package se.lofteskollen.query.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may read what in one promise: Västervik's principals (the built-in users and anonymous) × every query
 * endpoint (and the Actuator endpoints and public pages) × a commitment of the principal's own organisation and of
 * the other. Reading is not divided between a promise's parties: both follow up the same promise. Which promises are
 * read at all, across municipalities, is {@code access.ReadersOfTwoMunicipalitiesTest}'s. Anonymous users reach
 * only health and public pages (a browser asking for a page is sent to sign in); metrics and
 * rebuilding are for management and coordinators.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryAccessMatrixTest extends QueryServiceTest {

    private MiniPromise promise;

    enum Principal {
        ANONYMOUS(null, "6.2", "5.1"),
        COORDINATOR("samordnare", "6.2", "5.1"),
        POLICE_REPORTER("polis", "6.2", "5.1"),
        MUNICIPALITY_REPORTER("kommun", "5.1", "6.2"),
        MANAGEMENT("ledning", "6.2", "5.1"),
        OPERATOR("drift", "6.2", "5.1");

        final String user;
        final String ownCommitment;
        final String otherCommitment;

        Principal(String user, String ownCommitment, String otherCommitment) {
            this.user = user;
            this.ownCommitment = ownCommitment;
            this.otherCommitment = otherCommitment;
        }
    }

    enum Target { OWN, OTHER }

    /** STAFF: every role but the operator's; METRICS: management, coordinators and the operator. */
    enum Access { EVERYONE, STAFF, METRICS, OPERATOR }

    enum Endpoint {
        PROMISES(Access.STAFF, (promise, commitment) -> get("/api/promises")),
        PROMISE(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}", promise.promiseId)),
        PROGRESS(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/progress", promise.promiseId)
                .param("asOf", "2025-06-30")),
        PLACES(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/places", promise.promiseId)),
        REPORT(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/report", promise.promiseId)
                .accept(MediaType.TEXT_HTML)),
        REPORT_CSV(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/report.csv", promise.promiseId)),
        REPORT_PDF(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/report.pdf", promise.promiseId)),
        REPORT_XLSX(Access.STAFF, (promise, commitment) -> get("/api/promises/{id}/report.xlsx", promise.promiseId)),
        COMMITMENT(Access.STAFF, (promise, commitment) -> get("/api/commitments/{id}", commitment)),
        HISTORY(Access.STAFF, (promise, commitment) -> get("/api/commitments/{id}/history", commitment)),
        AUDIT(Access.STAFF, (promise, commitment) -> get("/api/audit").param("user", "polis")),
        HEALTH(Access.EVERYONE, (promise, commitment) -> get("/actuator/health")),
        PUBLIC_PAGE(Access.EVERYONE, (promise, commitment) -> get("/public/promises/{id}", promise.promiseId)),
        METRICS(Access.METRICS, (promise, commitment) -> get("/actuator/metrics")),
        REBUILD_STATUS(Access.OPERATOR, (promise, commitment) -> get("/actuator/rebuild")),
        // An unknown processor: an allowed caller is told so (400) and nothing is rebuilt under the other tests.
        REBUILD(Access.OPERATOR, (promise, commitment) -> post("/actuator/rebuild")
                .contentType(MediaType.APPLICATION_JSON).content("{\"processors\":\"no-such-processor\"}"));

        final Access access;
        final BiFunction<MiniPromise, String, MockHttpServletRequestBuilder> request;

        Endpoint(Access access, BiFunction<MiniPromise, String, MockHttpServletRequestBuilder> request) {
            this.access = access;
            this.request = request;
        }
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Principal.values())
                .flatMap(principal -> Arrays.stream(Target.values())
                        .map(target -> Arguments.of(endpoint, principal, target))));
    }

    /** The status a refused cell answers with, or 0 for a cell that must be let through. */
    static int refusal(Endpoint endpoint, Principal principal) {
        if (endpoint.access == Access.EVERYONE) {
            return 0;
        }
        if (principal == Principal.ANONYMOUS) {
            return 401;
        }
        boolean allowed = switch (endpoint.access) {
            case EVERYONE -> true;
            case STAFF -> principal != Principal.OPERATOR;
            case METRICS -> principal == Principal.MANAGEMENT || principal == Principal.COORDINATOR
                    || principal == Principal.OPERATOR;
            case OPERATOR -> principal == Principal.OPERATOR;
        };
        return allowed ? 0 : 403;
    }

    @BeforeAll
    void aPromiseWithCommitmentsOfBothOrganisations() {
        promise = new MiniPromise(feed(), id("matrix-2025"));
    }

    @ParameterizedTest(name = "{0} by {1} on {2}")
    @MethodSource("cells")
    void eachPrincipalReadsOnlyWhatItsRoleAllows(Endpoint endpoint, Principal principal, Target target) throws Exception {
        String commitment = promise.commitment(target == Target.OWN ? principal.ownCommitment : principal.otherCommitment);
        MockHttpServletRequestBuilder request = endpoint.request.apply(promise, commitment);
        if (principal.user != null) {
            request.with(httpBasic(principal.user, principal.user));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        int refusal = refusal(endpoint, principal);
        if (refusal == 401 && endpoint == Endpoint.REPORT) {
            // A browser asking for the HTML report without signing in is sent to sign in instead.
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getHeader("Location")).endsWith("/oauth2/authorization/local");
        } else if (refusal != 0) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(refusal);
        } else if (endpoint == Endpoint.PUBLIC_PAGE) {
            // No public page exists yet: whoever asks is not turned away, there is simply nothing there.
            assertThat(response.getStatus()).isNotIn(401, 403);
        } else if (endpoint == Endpoint.REBUILD) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        } else {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        }
    }
}
