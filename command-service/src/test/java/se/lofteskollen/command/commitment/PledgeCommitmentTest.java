package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PledgeCommitmentTest {

    private static final List<Target> HUNDRED_VISITS = List.of(new Target.Count(Measure.placeVisits(), 100));

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = new InMemoryCommitmentDirectory().promise("vastervik-2025", 2025);
        fixture = Given.fixture(directory);
    }

    private static PledgeCommitment pledge(String text) {
        return pledge(text, HUNDRED_VISITS);
    }

    private static PledgeCommitment pledge(String text, List<Target> targets) {
        return new PledgeCommitment("vastervik-2025-6.2", "vastervik-2025", "6.2", "6",
                Set.of("POLICE"), text, targets, null);
    }

    private static CommitmentPledged pledged(String text) {
        return new CommitmentPledged("vastervik-2025-6.2", "vastervik-2025", "6.2", "6",
                Set.of("POLICE"), text, HUNDRED_VISITS, null);
    }

    private static PledgeCommitment carryingOn(String predecessorId) {
        return new PledgeCommitment("vastervik-2026-6.2", "vastervik-2026", "6.2", "6", Set.of("POLICE"),
                "Minst hundra platsbesök", HUNDRED_VISITS, predecessorId);
    }

    /** Last year's promise with its 6.2, and this year's renewing it; another promise of last year with a 6.2. */
    private void renewedFromLastYear() {
        directory.promise("vastervik-2026", 2026).renewing("vastervik-2026", "vastervik-2025")
                .commitment("vastervik-2025-6.2", "vastervik-2025", "6.2", "POLICE")
                .promise("hultsfred-2025", 2025)
                .commitment("hultsfred-2025-6.2", "hultsfred-2025", "6.2", "POLICE");
    }

    @Test
    void aCommitmentOfARenewedPromiseCarriesOnOneOfLastYearsPromise() {
        renewedFromLastYear();

        fixture.givenNoPriorActivity()
                .when(carryingOn("vastervik-2025-6.2"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CommitmentPledged("vastervik-2026-6.2", "vastervik-2026", "6.2", "6",
                        Set.of("POLICE"), "Minst hundra platsbesök", HUNDRED_VISITS, "vastervik-2025-6.2"));
    }

    @Test
    void aCommitmentCarriesOnNoneOfAnotherPromiseThanTheOneItsPromiseRenews() {
        renewedFromLastYear();

        fixture.givenNoPriorActivity()
                .when(carryingOn("hultsfred-2025-6.2"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("commitment hultsfred-2025-6.2 is not of promise vastervik-2025, which promise "
                        + "vastervik-2026 renews")
                .expectNoEvents();
    }

    @Test
    void aCommitmentOfAPromiseThatRenewsNothingCarriesNothingOn() {
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("vastervik-2025-6.2", "vastervik-2025", "6.2", "6", Set.of("POLICE"),
                        "Minst hundra platsbesök", HUNDRED_VISITS, "vastervik-2024-6.2"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("promise vastervik-2025 renews no promise, so its commitments carry on none of "
                        + "last year's")
                .expectNoEvents();
    }

    @Test
    void carryingOnACommitmentThatDoesNotExistIsRefused() {
        renewedFromLastYear();

        fixture.givenNoPriorActivity()
                .when(carryingOn("vastervik-2025-9.9"))
                .expectException(NotFound.class)
                .expectExceptionMessage("no commitment vastervik-2025-9.9")
                .expectNoEvents();
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
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void pledgingIntoAnUnknownPromiseIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("demo-2025-6.2", "demo-2025", "6.2", "6",
                        Set.of("POLICE"), "Minst hundra platsbesök", HUNDRED_VISITS, null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void pledgingIntoAClosedPromiseIsRefused() {
        directory.closed("vastervik-2025");
        fixture.givenNoPriorActivity()
                .when(pledge("Minst hundra platsbesök"))
                .expectException(Conflict.class)
                .expectExceptionMessage("promise vastervik-2025 is closed: its year has been followed up")
                .expectNoEvents();
    }

    @Test
    void aCommitmentNamesItsPromisesOwnAreaAndAFurtherPartyOfIt() {
        directory.promise("hultsfred-2026", 2026).defining("hultsfred-2026", Set.of("A", "B"),
                Set.of("POLICE", "MUNICIPALITY", "REGION"));
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("hultsfred-2026-A.1", "hultsfred-2026", "A.1", "A", Set.of("REGION", "POLICE"),
                        "Regionen och polisen ska samverka kring skolvägen", List.of(), null))
                .expectEvents(new CommitmentPledged("hultsfred-2026-A.1", "hultsfred-2026", "A.1", "A",
                        Set.of("POLICE", "REGION"), "Regionen och polisen ska samverka kring skolvägen", List.of(), null));
    }

    @Test
    void anAreaThePromiseDoesNotDefineIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("vastervik-2025-9.1", "vastervik-2025", "9.1", "9", Set.of("POLICE"),
                        "Bedrägerier mot äldre", List.of(), null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("is not a priority area of promise vastervik-2025; its areas are "
                        + "1, 2, 3, 4, 5, 6, 7, 8")
                .expectNoEvents();
    }

    @Test
    void aPartyThePromiseDoesNotNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("vastervik-2025-6.2", "vastervik-2025", "6.2", "6", Set.of("POLICE", "REGION"),
                        "Platsbesök med regionen", HUNDRED_VISITS, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("REGION is not a party of promise vastervik-2025; its parties are "
                        + "MUNICIPALITY, POLICE")
                .expectNoEvents();
    }

    @Test
    void aCommitmentWithoutAResponsiblePartyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PledgeCommitment("vastervik-2025-6.2", "vastervik-2025", "6.2", "6", Set.of(),
                        "Platsbesök", HUNDRED_VISITS, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a commitment has at least one responsible party")
                .expectNoEvents();
    }

    @Test
    void aCodeAlreadyUsedInThePromiseIsRefused() {
        directory.commitment("vastervik-2025-hotspots", "vastervik-2025", "6.2", Party.POLICE);
        fixture.givenNoPriorActivity()
                .when(pledge("Minst hundra platsbesök"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aDeadlineOutsideThePromiseYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(pledge("Förstudie", List.of(new Target.Deadline("pre-study done", LocalDate.of(2026, 3, 31)))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void twoDeadlinesNamingOneMilestoneAreRefused() {
        fixture.givenNoPriorActivity()
                .when(pledge("Förstudie", List.of(
                        new Target.Deadline("pre-study done", LocalDate.of(2025, 3, 31)),
                        new Target.Deadline("pre-study done", LocalDate.of(2025, 6, 30)))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void twoIncreaseTargetsAreRefusedForACommitmentHasOneBaseline() {
        fixture.givenNoPriorActivity()
                .when(pledge("Fler dialoger och patruller", List.of(
                        new Target.Increase(Measure.activities(ActivityKind.CITIZEN_DIALOGUE)),
                        new Target.Increase(Measure.activities(ActivityKind.FOOT_PATROL)))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anOngoingCommitmentHasNoTargets() {
        fixture.givenNoPriorActivity()
                .when(pledge("Orossamtal när det är påkallat", List.of()))
                .expectEvents(new CommitmentPledged("vastervik-2025-6.2", "vastervik-2025", "6.2",
                        "6", Set.of("POLICE"), "Orossamtal när det är påkallat", List.of(), null));
    }

    @Test
    void theTextIsPledgedInNfcSoThatARepeatTypedOtherwiseIsTheSamePledge() {
        fixture.givenNoPriorActivity()
                .when(pledge("Minst hundra platsbeso\u0308k"))
                .expectEvents(pledged("Minst hundra platsbesök"));
        fixture.given(pledged("Minst hundra platsbesök"))
                .when(pledge("Minst hundra platsbeso\u0308k"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTextWithAPhoneNumberOrAnOverLongCodeIsRefusedByItsField() {
        assertThatThrownBy(() -> pledge("Ring 070-123 45 67")).isInstanceOf(InvalidCommand.class)
                .extracting("field").isEqualTo("text");
        assertThatThrownBy(() -> new PledgeCommitment("c", "p", "1".repeat(21), "6",
                Set.of("POLICE"), "Text", List.of(), null)).isInstanceOf(InvalidCommand.class)
                .extracting("field").isEqualTo("code");
        assertThatThrownBy(() -> pledge("Text", List.of(new Target.Deadline("Klar\u0007", LocalDate.of(2025, 6, 1)))))
                .isInstanceOf(InvalidCommand.class).extracting("field").isEqualTo("targets[0].milestone");
    }
}
