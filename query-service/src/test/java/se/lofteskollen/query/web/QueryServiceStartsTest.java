package se.lofteskollen.query.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.util.List;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QueryServiceStartsTest extends QueryServiceTest {

    @Test
    void aPledgedCommitmentIsReadable() throws Exception {
        String promiseId = id("p");
        feed.publish(new PromiseCreated(promiseId, 2025, "Medborgarlöfte", "LPO Västervik", "Västerviks kommun"));
        feed.publish(new CommitmentPledged(promiseId + "-1.3", promiseId, "1.3", PriorityArea.ORGANISED_CRIME,
                Set.of(Party.POLICE), "Bob-råd", List.of()));
        feed.awaitProjections();

        mvc.perform(get("/api/commitments/{id}", promiseId + "-1.3").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1.3"));
    }
}
