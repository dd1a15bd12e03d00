package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;

import static se.lofteskollen.command.commitment.Given.EIGHT_ONE;
import static se.lofteskollen.command.commitment.Given.EIGHT_ONE_PLEDGED;
import static se.lofteskollen.command.commitment.Given.PROMISE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE_PLEDGED;

class SetBaselineTest {

    private static final String DIALOGUES_2024 = "citizen dialogues held in 2024";

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = Given.directory();
        fixture = Given.fixture(directory);
    }

    @Test
    void aCoordinatorSetsTheFigureAnIncreaseMustExceed() {
        fixture.given(EIGHT_ONE_PLEDGED)
                .when(new SetBaseline(EIGHT_ONE, 12, DIALOGUES_2024))
                .expectEvents(new BaselineSet(EIGHT_ONE, PROMISE, 12, DIALOGUES_2024));
    }

    @Test
    void aBaselineCanBeCorrectedLater() {
        fixture.given(EIGHT_ONE_PLEDGED, new BaselineSet(EIGHT_ONE, PROMISE, 12, DIALOGUES_2024))
                .when(new SetBaseline(EIGHT_ONE, 14, DIALOGUES_2024 + ", recounted"))
                .expectEvents(new BaselineSet(EIGHT_ONE, PROMISE, 14, DIALOGUES_2024 + ", recounted"));
    }

    @Test
    void settingTheSameBaselineAgainIsASuccessWithoutASecondEvent() {
        fixture.given(EIGHT_ONE_PLEDGED, new BaselineSet(EIGHT_ONE, PROMISE, 12, DIALOGUES_2024))
                .when(new SetBaseline(EIGHT_ONE, 12, DIALOGUES_2024))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCommitmentWithoutAnIncreaseTargetTakesNoBaseline() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new SetBaseline(SIX_ONE, 12, DIALOGUES_2024))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aBaselineWithoutItsBasisIsRefused() {
        fixture.given(EIGHT_ONE_PLEDGED)
                .when(new SetBaseline(EIGHT_ONE, 12, ""))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCommitmentTakesNoBaseline() {
        fixture.given(EIGHT_ONE_PLEDGED, new CommitmentWithdrawn(EIGHT_ONE, PROMISE, "Ersatt"))
                .when(new SetBaseline(EIGHT_ONE, 12, DIALOGUES_2024))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aCommitmentOfAClosedPromiseTakesNoBaseline() {
        directory.closed(PROMISE);
        fixture.given(EIGHT_ONE_PLEDGED)
                .when(new SetBaseline(EIGHT_ONE, 12, DIALOGUES_2024))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
