package se.lofteskollen.query.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who reads which promise, with two municipalities' promises on one deployment: Västervik's, acted on by the
 * organisations POLICE and MUNICIPALITY (the built-in Västervik users), and Hultsfred's, acted on by LPO_VIMMERBY and
 * HULTSFREDS_KOMMUN (the built-in {@code hultsfred}). Each reads only their own, in the API and on the pages; the
 * national reader reads both; the operator neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersOfTwoMunicipalitiesTest extends QueryServiceTest {

    private static final int YEAR = 2024;
    private static final List<PriorityArea> AREAS = List.of(new PriorityArea("1", "Trygghet i centrum"));

    @Autowired
    UserDetailsService users;

    String vastervik;
    String hultsfred;

    @BeforeAll
    void twoMunicipalitiesPromises() {
        vastervik = id("vastervik");
        hultsfred = id("hultsfred");
        feed().publish(new PromiseCreated(vastervik, YEAR, "Medborgarlöfte Västervik", "Lokalpolisområde Västervik",
                "Västerviks kommun", AREAS, List.of(
                new PromiseParty("POLICE", "Lokalpolisområde Västervik", "POLICE"),
                new PromiseParty("MUNICIPALITY", "Västerviks kommun", "MUNICIPALITY")), "Polisregion Öst", "Kalmar län", null));
        feed().publish(new PromiseCreated(hultsfred, YEAR, "Medborgarlöfte Hultsfred", "Lokalpolisområde Vimmerby",
                "Hultsfreds kommun", AREAS, List.of(
                new PromiseParty("POLICE", "Lokalpolisområde Vimmerby", "LPO_VIMMERBY"),
                new PromiseParty("MUNICIPALITY", "Hultsfreds kommun", "HULTSFREDS_KOMMUN")), "Polisregion Öst", "Kalmar län", null));
        feed().publish(new PromiseSigned(vastervik, LocalDate.of(YEAR, 1, 20),
                List.of(new Signatory("Sofia Karlsson", "Lokalpolisområdeschef", Party.POLICE))));
        for (String promise : List.of(vastervik, hultsfred)) {
            feed().by(EventFeed.SAMORDNARE).publish(new CommitmentPledged(promise + "-1.1", promise, "1.1", "1",
                    Set.of("POLICE"), "Polisen gör platsbesök", List.of(), null));
        }
        feed().by(new EventFeed.Author("vimmerby", "Polisen i Vimmerby", "LPO_VIMMERBY", "REPORTER"))
                .publish(new ActivityReported(hultsfred + "-patrol", hultsfred, ActivityKind.FOOT_PATROL,
                        List.of(hultsfred + "-1.1"), LocalDate.of(YEAR, 3, 1), 1, null, null));
        feed().awaitProjections();
    }

    enum Reader {
        VASTERVIK_COORDINATOR("samordnare", true, false),
        VASTERVIK_REPORTER("polis", true, false),
        VASTERVIK_MANAGEMENT("ledning", true, false),
        HULTSFRED_COORDINATOR("hultsfred", false, true),
        NATIONAL_READER("nationell", true, true);

        final String user;
        final boolean readsVastervik;
        final boolean readsHultsfred;

        Reader(String user, boolean readsVastervik, boolean readsHultsfred) {
            this.user = user;
            this.readsVastervik = readsVastervik;
            this.readsHultsfred = readsHultsfred;
        }
    }

    /** Every API read of one promise or commitment, {0} standing for the promise's id. */
    static final List<String> API_READS = List.of("/api/promises/{0}", "/api/promises/{0}/progress",
            "/api/promises/{0}/places", "/api/promises/{0}/report", "/api/promises/{0}/report.csv",
            "/api/promises/{0}/report.pdf", "/api/promises/{0}/report.xlsx",
            "/api/commitments/{0}-1.1", "/api/commitments/{0}-1.1/history");

    /** The pages of one promise or commitment for staff. */
    static final List<String> PAGES = List.of("/dashboard/{0}", "/dashboard/commitments/{0}-1.1",
            "/dashboard/{0}/uppfoljning", "/dashboard/{0}/uppfoljning.pdf", "/dashboard/{0}/uppfoljning.xlsx");

    static Stream<Arguments> apiCells() {
        return Stream.of(Reader.values()).flatMap(reader -> API_READS.stream().flatMap(path ->
                Stream.of(Arguments.of(reader, path, true), Arguments.of(reader, path, false))));
    }

    static Stream<Arguments> pageCells() {
        return Stream.of(Reader.values()).flatMap(reader -> PAGES.stream().flatMap(path ->
                Stream.of(Arguments.of(reader, path, true), Arguments.of(reader, path, false))));
    }

    @ParameterizedTest(name = "{0} reads {1} of Västervik ({2}) or Hultsfred")
    @MethodSource("apiCells")
    void theApiAnswersOnlyAPromisesOwnOrganisationsAndTheNationalReader(Reader reader, String path,
                                                                          boolean ofVastervik) throws Exception {
        String promise = ofVastervik ? vastervik : hultsfred;
        MvcResult answer = mvc.perform(get(path.replace("{0}", promise)).with(httpBasic(reader.user, reader.user)))
                .andReturn();

        boolean reads = ofVastervik ? reader.readsVastervik : reader.readsHultsfred;
        assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString())
                .isEqualTo(reads ? 200 : 403);
        if (!reads) {
            assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("Polisen gör platsbesök").doesNotContain("Polisen i Vimmerby");
        }
    }

    @ParameterizedTest(name = "{0} opens {1} of Västervik ({2}) or Hultsfred")
    @MethodSource("pageCells")
    void thePagesShowOnlyAPromisesOwnOrganisationsAndTheNationalReader(Reader reader, String path,
                                                                     boolean ofVastervik) throws Exception {
        String promise = ofVastervik ? vastervik : hultsfred;
        MvcResult answer = mvc.perform(get(path.replace("{0}", promise))
                .with(user(users.loadUserByUsername(reader.user)))).andReturn();

        boolean reads = ofVastervik ? reader.readsVastervik : reader.readsHultsfred;
        assertThat(answer.getResponse().getStatus()).isEqualTo(reads ? 200 : 403);
        if (!reads) {
            assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Inte ditt medborgarlöfte").doesNotContain("Polisen gör platsbesök");
        }
    }

    @Test
    void theListOfPromisesHasOnlyThoseTheCallerReads() throws Exception {
        assertThat(listedBy("polis")).contains(vastervik).doesNotContain(hultsfred);
        assertThat(listedBy("hultsfred")).contains(hultsfred).doesNotContain(vastervik);
        assertThat(listedBy("nationell")).contains(vastervik, hultsfred);
    }

    @Test
    void theAuditHasOnlyChangesToPromisesTheCallerReads() throws Exception {
        assertThat(auditedPromises("ledning")).contains(vastervik).doesNotContain(hultsfred);
        assertThat(auditedPromises("hultsfred")).contains(hultsfred).doesNotContain(vastervik);
        assertThat(auditedPromises("nationell")).contains(vastervik, hultsfred);
    }

    @Test
    void theNationalReaderAlsoSeesUnsignedPromisesInTheRollUpAndOthersOnlySignedOnes() throws Exception {
        JsonNode open = getJson(get("/api/rollup?year=" + YEAR));
        JsonNode national = getJson(get("/api/rollup?year=" + YEAR).with(httpBasic("nationell", "nationell")));

        assertThat(open.findValuesAsText("promiseId")).contains(vastervik).doesNotContain(hultsfred);
        assertThat(national.findValuesAsText("promiseId")).contains(vastervik, hultsfred);
        assertThat(national.findValuesAsText("signedOn")).contains(YEAR + "-01-20");
    }

    @Test
    void aPromiseTheReadModelsDoNotKnowIsNotFoundForAnyone() throws Exception {
        assertThat(mvc.perform(get("/api/promises/no-such-promise/progress").with(httpBasic("polis", "polis")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theOperatorReadsNoPromise() throws Exception {
        assertThat(mvc.perform(get("/api/promises/" + vastervik).with(httpBasic("drift", "drift")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private List<String> listedBy(String user) throws Exception {
        return getJson(get("/api/promises").with(httpBasic(user, user))).findValuesAsText("promiseId");
    }

    private List<String> auditedPromises(String user) throws Exception {
        return getJson(get("/api/audit?size=1000").with(httpBasic(user, user))).path("changes")
                .findValuesAsText("promiseId");
    }
}
