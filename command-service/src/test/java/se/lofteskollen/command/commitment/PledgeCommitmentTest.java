package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;

import java.util.List;
import java.util.Set;

class PledgeCommitmentTest {

    private static final List<Target> HUNDRED_VISITS = List.of(new Target.Count(Measure.placeVisits(), 100));

    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    private static PledgeCommitment pledge(String text) {
        return new PledgeCommitment("vastervik-2025-6.2", "vastervik-2025", "6.2", PriorityArea.CRIME_HOTSPOTS,
                Set.of(Party.POLICE), text, HUNDRED_VISITS);
    }

    private static CommitmentPledged pledged(String text) {
        return new CommitmentPledged("vastervik-2025-6.2", "vastervik-2025", "6.2", PriorityArea.CRIME_HOTSPOTS,
                Set.of(Party.POLICE), text, HUNDRED_VISITS);
    }

    @Test
    void pledgingANewCommitmentRecordsItWithItsTargets() {
        fixture.givenNoPriorActivity()
                .when(pledge("Minst hundra platsbesök"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(pledged("Minst hundra platsbesök"));
    }

    @Test
    void repeatingTheSamePledgeIsASuccessWithoutASecondEvent() {
        fixture.given(pledged("Minst hundra platsbesök"))
                .when(pledge("Minst hundra platsbesök"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDifferentPledgeUnderAnExistingIdIsAConflict() {
        fixture.given(pledged("Minst hundra platsbesök"))
                .when(pledge("Något annat"))
                .expectException(CommitmentConflict.class)
                .expectNoEvents();
    }
}
