package se.lofteskollen.command.access;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two municipalities' promises on one deployment: Västervik's, acted on by the organisations POLICE and MUNICIPALITY
 * (the built-in Västervik users), and Hultsfred's, which its coordinator creates naming LPO_VIMMERBY and
 * HULTSFREDS_KOMMUN. Each organisation's people work only in their own promise, though both promises have a
 * party coded POLICE; the national reader writes in neither.
 */
@CommandServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoMunicipalitiesTest {

    private static final String AREAS = """
            [{"code":"1","name":"Trygghet i centrum"},{"code":"2","name":"Unga"}]""";

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    private final String vastervik = "vastervik-" + UUID.randomUUID();
    private final String hultsfred = "hultsfred-" + UUID.randomUUID();
    private String vastervikCommitment;
    private String hultsfredCommitment;

    @BeforeAll
    void twoPromisesWithAPoliceCommitmentEach() {
        created(api.post("samordnare", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte Västervik","policeArea":"LPO Västervik",
                 "municipality":"Västerviks kommun","policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":%s}""".formatted(vastervik, AREAS)));
        created(api.post("hultsfred", "/api/promises", """
                {"promiseId":"%s","year":2025,"title":"Medborgarlöfte Hultsfred","policeArea":"LPO Vimmerby",
                 "municipality":"Hultsfreds kommun","policeRegion":"Polisregion Öst","county":"Kalmar län",
                 "priorityAreas":%s,
                 "parties":[{"code":"POLICE","name":"Lokalpolisområde Vimmerby","organisation":"LPO_VIMMERBY"},
                            {"code":"MUNICIPALITY","name":"Hultsfreds kommun","organisation":"HULTSFREDS_KOMMUN"}]}"""
                .formatted(hultsfred, AREAS)));
        vastervikCommitment = pledge("samordnare", vastervik).text("id");
        hultsfredCommitment = pledge("hultsfred", hultsfred).text("id");
    }

    @Test
    void eachCoordinatorPledgesOnlyInTheirOwnPromise() {
        assertRefused(pledge("hultsfred", vastervik));
        assertRefused(pledge("samordnare", hultsfred));
    }

    @Test
    void aCoordinatorMayNotCreateAPromiseForOrganisationsTheyDoNotBelongTo() {
        long before = events.count();

        Answer answer = api.post("hultsfred", "/api/promises", """
                {"year":2025,"title":"Löfte","policeArea":"LPO Västervik","municipality":"Västerviks kommun",
                 "policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":%s}""".formatted(AREAS));

        assertThat(answer.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.body().toString()).contains("parties");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aReporterOfVastervikPoliceReportsOnVastervikButNotOnHultsfredsPoliceCommitment() {
        created(activity("polis", vastervikCommitment));
        assertRefused(activity("polis", hultsfredCommitment));
    }

    @Test
    void eachCoordinatorReportsAndSignsOnlyInTheirOwnPromise() {
        created(activity("hultsfred", hultsfredCommitment));
        assertRefused(activity("hultsfred", vastervikCommitment));
        assertRefused(activity("samordnare", hultsfredCommitment));
        assertRefused(api.post("samordnare", "/api/promises/" + hultsfred + "/signatures", """
                {"signedOn":"2025-01-27","signatories":[{"name":"A","title":"Chef","party":"POLICE"},
                 {"name":"B","title":"Kommunalråd","party":"MUNICIPALITY"}]}"""));
    }

    @Test
    void theNationalReaderWritesInNeitherPromise() {
        for (String commitment : List.of(vastervikCommitment, hultsfredCommitment)) {
            assertRefused(activity("nationell", commitment));
        }
        assertRefused(pledge("nationell", hultsfred));
    }

    private Answer pledge(String user, String promiseId) {
        return api.post(user, "/api/promises/" + promiseId + "/commitments", """
                {"code":"1.%d","priorityArea":"1","responsible":["POLICE"],"text":"Polisen gör platsbesök"}"""
                .formatted(Math.abs(UUID.randomUUID().hashCode() % 10_000)));
    }

    private Answer activity(String user, String commitmentId) {
        return api.post(user, "/api/activities", """
                {"kind":"FOOT_PATROL","commitmentIds":["%s"],"occurredOn":"2025-05-20"}""".formatted(commitmentId));
    }

    private void assertRefused(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static void created(Answer answer) {
        assertThat(answer.status().is2xxSuccessful()).as("%s %s", answer.status(), answer.body()).isTrue();
    }
}
