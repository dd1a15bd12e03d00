package se.lofteskollen.command.report;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.report.ActivityReported;

import java.time.LocalDate;
import java.util.List;

import static se.lofteskollen.command.report.RecordMeetingTest.PROMISE;
import static se.lofteskollen.command.report.RecordMeetingTest.TODAY;

class ReportActivityTest {

    private static final List<String> TWO_SIX = List.of("vastervik-2025-2.6");
    private static final LocalDate AUGUST_4 = LocalDate.of(2025, 8, 4);

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        directory = RecordMeetingTest.directory();
        fixture = RecordMeetingTest.fixture(directory);
    }

    private static ReportActivity concernTalks(int count, LocalDate occurredOn) {
        return new ReportActivity("activity-1", ActivityKind.CONCERN_TALK, TWO_SIX, occurredOn, count, null, null, TODAY);
    }

    @Test
    void concernTalksOnAnOngoingCommitmentAreCountedWithoutNamingAnyone() {
        fixture.givenNoPriorActivity()
                .when(concernTalks(3, AUGUST_4))
                .expectEvents(new ActivityReported("activity-1", PROMISE, ActivityKind.CONCERN_TALK, TWO_SIX,
                        AUGUST_4, 3, null, null));
    }

    /** Without reading its id first: the store's unique key refuses it, and the API answers the repeat (ReportRepeatsTest). */
    @Test
    void aReportUnderAnIdAlreadyTakenIsRefusedByTheEventStore() {
        fixture.given(new ActivityReported("activity-1", PROMISE, ActivityKind.CONCERN_TALK, TWO_SIX, AUGUST_4, 3, null, null))
                .when(concernTalks(3, AUGUST_4))
                .expectException(EventStoreException.class);
    }

    @Test
    void anActivityOnAnUnknownCommitmentIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ReportActivity("activity-1", ActivityKind.FOOT_PATROL, List.of("vastervik-2025-6.3"),
                        AUGUST_4, 1, null, null, TODAY))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anActivityOnAWithdrawnCommitmentIsRefused() {
        directory.withdrawn("vastervik-2025-2.6");
        fixture.givenNoPriorActivity()
                .when(concernTalks(1, AUGUST_4))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void anActivityOutsideThePromiseYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(concernTalks(1, LocalDate.of(2026, 1, 2)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anActivityInAClosedPromiseIsRefused() {
        directory.closed(PROMISE);
        fixture.givenNoPriorActivity()
                .when(concernTalks(1, AUGUST_4))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
