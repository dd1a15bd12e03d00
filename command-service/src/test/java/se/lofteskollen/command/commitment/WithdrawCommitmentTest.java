package se.lofteskollen.command.commitment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lofteskollen.command.commitment.Given.PROMISE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE_PLEDGED;

class WithdrawCommitmentTest {

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = Given.directory();
        fixture = Given.fixture(directory);
    }

    @Test
    void aWithdrawalRecordsItsReason() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new WithdrawCommitment(SIX_ONE, "EST is replaced by the region's system"))
                .expectEvents(new CommitmentWithdrawn(SIX_ONE, PROMISE, "EST is replaced by the region's system"));
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefused() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new WithdrawCommitment(SIX_ONE, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameWithdrawalIsASuccessWithoutASecondEvent() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentWithdrawn(SIX_ONE, PROMISE, "Ersatt"))
                .when(new WithdrawCommitment(SIX_ONE, "Ersatt"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void withdrawingAgainForAnotherReasonIsAConflict() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentWithdrawn(SIX_ONE, PROMISE, "Ersatt"))
                .when(new WithdrawCommitment(SIX_ONE, "Något annat"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aCommitmentOfAClosedPromiseCannotBeWithdrawn() {
        directory.closed(PROMISE);
        fixture.given(SIX_ONE_PLEDGED)
                .when(new WithdrawCommitment(SIX_ONE, "Ersatt"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalReasonIsPublishedSoItMayNotNameAPerson() {
        assertThatThrownBy(() -> new WithdrawCommitment(SIX_ONE, "Kontaktperson anna.svensson@example.se"))
                .isInstanceOf(InvalidCommand.class).extracting("field").isEqualTo("reason");
    }
}
