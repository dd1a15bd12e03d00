package se.lofteskollen.command.report;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.ReportRetracted;

import static se.lofteskollen.command.report.RecordMeetingTest.MARCH_12;
import static se.lofteskollen.command.report.RecordMeetingTest.PROMISE;
import static se.lofteskollen.command.report.RecordMeetingTest.TISTEL_COMMITMENTS;

class RetractReportTest {

    private static final MeetingRecorded MEETING = new MeetingRecorded("meeting-1", PROMISE, Network.TISTEL, MARCH_12,
            TISTEL_COMMITMENTS, 9, null);
    private static final String REASON = "Recorded twice; the same meeting is meeting-0";

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        directory = RecordMeetingTest.directory();
        fixture = RecordMeetingTest.fixture(directory);
    }

    @Test
    void aRetractionIsACompensatingEventWithItsReason() {
        fixture.given(MEETING)
                .when(new RetractReport("meeting-1", REASON))
                .expectEvents(new ReportRetracted("meeting-1", PROMISE, REASON));
    }

    @Test
    void aRetractionWithoutAReasonIsRefused() {
        fixture.given(MEETING)
                .when(new RetractReport("meeting-1", ""))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void repeatingTheSameRetractionIsASuccessWithoutASecondEvent() {
        fixture.given(MEETING, new ReportRetracted("meeting-1", PROMISE, REASON))
                .when(new RetractReport("meeting-1", REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void retractingAgainForAnotherReasonIsAConflict() {
        fixture.given(MEETING, new ReportRetracted("meeting-1", PROMISE, REASON))
                .when(new RetractReport("meeting-1", "Another reason"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void retractingAnUnknownReportIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RetractReport("meeting-1", REASON))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aClosedPromiseTakesNoRetractions() {
        directory.closed(PROMISE);
        fixture.given(MEETING)
                .when(new RetractReport("meeting-1", REASON))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
