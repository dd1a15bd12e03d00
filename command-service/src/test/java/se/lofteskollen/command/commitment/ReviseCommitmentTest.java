package se.lofteskollen.command.commitment;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static se.lofteskollen.command.commitment.Given.PROMISE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE_PLEDGED;
import static se.lofteskollen.command.commitment.Given.WEEKLY_SITUATION_PICTURES;

class ReviseCommitmentTest {

    private static final Target EST_IMPORT_BY_AUTUMN = new Target.Deadline(Given.EST_IMPORT, LocalDate.of(2025, 10, 31));

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = Given.directory();
        fixture = Given.fixture(directory);
    }

    @Test
    void aRevisionRecordsTheWholeNewCommitmentAndItsReason() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null, List.of(WEEKLY_SITUATION_PICTURES, EST_IMPORT_BY_AUTUMN), null,
                        "The import was delayed by the supplier"))
                .expectEvents(new CommitmentRevised(SIX_ONE, PROMISE, SIX_ONE_PLEDGED.text(), Set.of("MUNICIPALITY"),
                        List.of(WEEKLY_SITUATION_PICTURES, EST_IMPORT_BY_AUTUMN), "The import was delayed by the supplier"));
    }

    @Test
    void theResponsiblePartiesCanBeRevised() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null, null, Set.of("MUNICIPALITY", "POLICE"),
                        "The police take part in EST"))
                .expectEvents(new CommitmentRevised(SIX_ONE, PROMISE, SIX_ONE_PLEDGED.text(),
                        Set.of("MUNICIPALITY", "POLICE"), SIX_ONE_PLEDGED.targets(), "The police take part in EST"));
    }

    @Test
    void aRevisionToAPartyThePromiseDoesNotNameIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null, null, Set.of("MUNICIPALITY", "HOUSING"),
                        "Bostadsbolaget tar del i EST"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("HOUSING is not a party of promise vastervik-2025; its parties are "
                        + "MUNICIPALITY, POLICE")
                .expectNoEvents();
    }

    @Test
    void aRevisionLeavingNoOneResponsibleIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null, null, Set.of(), "Ingen ansvarar"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a commitment has at least one responsible party")
                .expectNoEvents();
    }

    @Test
    void aRevisionWithoutAReasonIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, "Ny text", null, null, " "))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("a revision states its reason")
                .expectNoEvents();
    }

    @Test
    void aRevisionNamingNothingToChangeIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null, null, null, "Ingen ändring"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void repeatingARevisionAlreadyMadeIsASuccessWithoutASecondEvent() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentRevised(SIX_ONE, PROMISE, "Ny text", Set.of("MUNICIPALITY"),
                        SIX_ONE_PLEDGED.targets(), "Tydligare"))
                .when(new ReviseCommitment(SIX_ONE, "Ny text", null, null, "Tydligare"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCommitmentCannotBeRevised() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentWithdrawn(SIX_ONE, PROMISE, "Ersatt av 6.4"))
                .when(new ReviseCommitment(SIX_ONE, "Ny text", null, null, "Tydligare"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aCommitmentOfAClosedPromiseCannotBeRevised() {
        directory.closed(PROMISE);
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, "Ny text", null, null, "Tydligare"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void revisedTargetsFollowTheRulesOfPledgedOnes() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new ReviseCommitment(SIX_ONE, null,
                        List.of(new Target.Deadline(Given.EST_IMPORT, LocalDate.of(2026, 6, 30))), null, "Försenat"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void revisingAnUnknownCommitmentIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ReviseCommitment(SIX_ONE, "Ny text", null, null, "Tydligare"))
                .expectException(AggregateNotFoundException.class);
    }
}
