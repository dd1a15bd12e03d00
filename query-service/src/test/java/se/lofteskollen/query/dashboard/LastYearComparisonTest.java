package se.lofteskollen.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A promise renewed from last year's ("Förnya"): its dashboard shows, beside each commitment, what the commitment it
 * carries on came to last year, and a new one as new; a commitment's page compares it target by target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastYearComparisonTest extends QueryServiceTest {

    private static final List<PriorityArea> AREAS = List.of(new PriorityArea("6", "Platser"));
    private static final List<PromiseParty> PARTIES = List.of(new PromiseParty("POLICE", "LPO Västervik", "POLICE"),
            new PromiseParty("MUNICIPALITY", "Västerviks kommun", "MUNICIPALITY"));

    @Autowired
    UserDetailsService users;

    String lastYear;
    String thisYear;

    @BeforeAll
    void aPromiseOf2023RenewedFor2024() {
        lastYear = id("renewed-2023");
        thisYear = id("renewing-2024");
        feed().publish(new PromiseCreated(lastYear, 2023, "Medborgarlöfte 2023", "LPO Västervik", "Västerviks kommun",
                AREAS, PARTIES, "Polisregion Öst", "Kalmar län", null));
        EventFeed coordinator = feed().by(EventFeed.SAMORDNARE);
        coordinator.publish(new CommitmentPledged(lastYear + "-6.2", lastYear, "6.2", "6", Set.of("POLICE"),
                "Minst tio platsbesök", List.of(new Target.Count(Measure.placeVisits(), 10)), null));
        for (int i = 0; i < 6; i++) {
            feed().by(EventFeed.POLIS).publish(new PlaceVisitReported(lastYear + "-visit-" + i, lastYear, lastYear + "-6.2",
                    new Place("Stora torget", null, null, null), LocalDate.of(2023, 4, 1 + i), null, "Närvaro"));
        }
        feed().publish(new PromiseCreated(thisYear, 2024, "Medborgarlöfte 2024", "LPO Västervik", "Västerviks kommun",
                AREAS, PARTIES, "Polisregion Öst", "Kalmar län", lastYear));
        coordinator.publish(new CommitmentPledged(thisYear + "-6.2", thisYear, "6.2", "6", Set.of("POLICE"),
                "Minst tolv platsbesök", List.of(new Target.Count(Measure.placeVisits(), 12)), lastYear + "-6.2"));
        coordinator.publish(new CommitmentPledged(thisYear + "-6.3", thisYear, "6.3", "6", Set.of("POLICE"),
                "Något nytt", List.of(), null));
        feed().awaitProjections();
    }

    @Test
    void theDashboardShowsBesideEachCommitmentWhatTheOneItCarriesOnCameToLastYear() throws Exception {
        String page = page("/dashboard/" + thisYear);

        assertThat(page).contains("<th scope=\"col\">2023</th>").contains("6 av 10 platsbesök").contains("Nytt för i år")
                .contains("/dashboard/commitments/" + lastYear + "-6.2");
    }

    @Test
    void aCommitmentsPageComparesItWithTheOneItCarriesOn() throws Exception {
        String page = page("/dashboard/commitments/" + thisYear + "-6.2");

        assertThat(page).contains("Jämfört med 2023").contains("löfte 6.2 från 2023").contains("6 av 10 platsbesök");
    }

    @Test
    void aPromiseThatRenewsNoneHasNoComparison() throws Exception {
        assertThat(page("/dashboard/" + lastYear)).doesNotContain("Nytt för i år").doesNotContain("<th scope=\"col\">2022</th>");
    }

    @Test
    void theApiNamesWhatAPromiseRenewsAndWhatRenewedIt() throws Exception {
        JsonNode renewing = getJson(get("/api/promises/{id}", thisYear).with(httpBasic("ledning", "ledning")));
        JsonNode renewed = getJson(get("/api/promises/{id}", lastYear).with(httpBasic("ledning", "ledning")));

        assertThat(renewing.path("predecessorId").asText()).isEqualTo(lastYear);
        assertThat(renewed.path("successorId").asText()).isEqualTo(thisYear);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("ledning")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
