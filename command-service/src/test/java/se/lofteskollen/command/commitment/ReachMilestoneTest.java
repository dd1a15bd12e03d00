package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;

import java.time.LocalDate;

import static se.lofteskollen.command.commitment.Given.EST_IMPORT;
import static se.lofteskollen.command.commitment.Given.PROMISE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE_PLEDGED;
import static se.lofteskollen.command.commitment.Given.TODAY;

class ReachMilestoneTest {

    private static final LocalDate JUNE_10 = LocalDate.of(2025, 6, 10);
    private static final MilestoneReached EST_IMPORT_REACHED =
            new MilestoneReached(SIX_ONE, PROMISE, EST_IMPORT, JUNE_10, "Importen körs varje natt");

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = Given.directory();
        fixture = Given.fixture(directory);
    }

    private static ReachMilestone reach(String milestone, LocalDate reachedOn) {
        return new ReachMilestone(SIX_ONE, milestone, reachedOn, "Importen körs varje natt", TODAY);
    }

    @Test
    void reachingAMilestoneOfTheCommitmentRecordsIt() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(reach(EST_IMPORT, JUNE_10))
                .expectEvents(EST_IMPORT_REACHED);
    }

    @Test
    void aMilestoneTheCommitmentDoesNotHaveIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(reach("Förstudien om arbetet mot välfärdsbrott klar", JUNE_10))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aMilestoneIsReachedOnlyOnce() {
        fixture.given(SIX_ONE_PLEDGED, EST_IMPORT_REACHED)
                .when(reach(EST_IMPORT, LocalDate.of(2025, 6, 20)))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameReportOfAMilestoneIsASuccessWithoutASecondEvent() {
        fixture.given(SIX_ONE_PLEDGED, EST_IMPORT_REACHED)
                .when(reach(EST_IMPORT, JUNE_10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMilestoneReachedInTheFutureIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(reach(EST_IMPORT, TODAY.plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("lies in the future")
                .expectNoEvents();
    }

    @Test
    void aMilestoneReachedOutsideThePromiseYearIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(reach(EST_IMPORT, LocalDate.of(2024, 12, 15)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCommitmentReachesNoMilestone() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentWithdrawn(SIX_ONE, PROMISE, "Ersatt"))
                .when(reach(EST_IMPORT, JUNE_10))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aClosedPromiseTakesNoMilestones() {
        directory.closed(PROMISE);
        fixture.given(SIX_ONE_PLEDGED)
                .when(reach(EST_IMPORT, JUNE_10))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
