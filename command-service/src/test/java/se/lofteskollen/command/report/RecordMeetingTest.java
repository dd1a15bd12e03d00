package se.lofteskollen.command.report;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.report.MeetingRecorded;

import java.time.LocalDate;
import java.util.List;

class RecordMeetingTest {

    static final String PROMISE = "vastervik-2025";
    static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
    static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);
    static final List<String> TISTEL_COMMITMENTS = List.of("vastervik-2025-1.1", "vastervik-2025-5.2");

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Report> fixture;

    /** Västervik 2025 with the commitments these stories report on; and another municipality's promise. */
    static InMemoryCommitmentDirectory directory() {
        return new InMemoryCommitmentDirectory()
                .promise(PROMISE, 2025)
                .commitment("vastervik-2025-1.1", PROMISE, "1.1", Party.POLICE, Party.MUNICIPALITY)
                .commitment("vastervik-2025-5.2", PROMISE, "5.2", Party.POLICE, Party.MUNICIPALITY)
                .commitment("vastervik-2025-2.6", PROMISE, "2.6", Party.POLICE)
                .commitment("vastervik-2025-6.2", PROMISE, "6.2", Party.POLICE)
                .promise("kalmar-2025", 2025)
                .commitment("kalmar-2025-1.1", "kalmar-2025", "1.1", Party.POLICE);
    }

    static AggregateTestFixture<Report> fixture(InMemoryCommitmentDirectory directory) {
        AggregateTestFixture<Report> fixture = new AggregateTestFixture<>(Report.class);
        fixture.registerInjectableResource(directory);
        return fixture;
    }

    @BeforeEach
    void setUp() {
        directory = directory();
        fixture = fixture(directory);
    }

    private static RecordMeeting meeting(List<String> commitmentIds, LocalDate heldOn) {
        return new RecordMeeting("meeting-1", Network.TISTEL, heldOn, commitmentIds, 9, "Kvartalsmöte", TODAY);
    }

    private static MeetingRecorded recorded(List<String> commitmentIds) {
        return new MeetingRecorded("meeting-1", PROMISE, Network.TISTEL, MARCH_12, commitmentIds, 9, "Kvartalsmöte");
    }

    @Test
    void oneTistelMeetingServesBothTistelCommitments() {
        fixture.givenNoPriorActivity()
                .when(meeting(TISTEL_COMMITMENTS, MARCH_12))
                .expectEvents(recorded(TISTEL_COMMITMENTS));
    }

    @Test
    void aMeetingAgainstACommitmentThatCountsNoMeetingsIsStoredAsWorkDone() {
        fixture.givenNoPriorActivity()
                .when(meeting(List.of("vastervik-2025-6.2"), MARCH_12))
                .expectEvents(recorded(List.of("vastervik-2025-6.2")));
    }

    /**
     * A new report reads nothing of its own id (no snapshot, no stream): the store's unique key refuses an id
     * already taken, and the API answers the repeat from the stored report (ReportRepeatsTest).
     */
    @Test
    void aMeetingUnderAnIdAlreadyTakenIsRefusedByTheEventStore() {
        fixture.given(recorded(TISTEL_COMMITMENTS))
                .when(meeting(TISTEL_COMMITMENTS, MARCH_12))
                .expectException(EventStoreException.class);
    }

    @Test
    void aMeetingOnAnUnknownCommitmentIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(meeting(List.of("vastervik-2025-1.1", "vastervik-2025-9.9"), MARCH_12))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void reportOnWithdrawnCommitmentIsRefused() {
        directory.withdrawn("vastervik-2025-5.2");
        fixture.givenNoPriorActivity()
                .when(meeting(TISTEL_COMMITMENTS, MARCH_12))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aClosedPromiseTakesNoReports() {
        directory.closed(PROMISE);
        fixture.givenNoPriorActivity()
                .when(meeting(TISTEL_COMMITMENTS, MARCH_12))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aReportNamingCommitmentsOfTwoPromisesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(meeting(List.of("vastervik-2025-1.1", "kalmar-2025-1.1"), MARCH_12))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aReportNamingACommitmentTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(meeting(List.of("vastervik-2025-1.1", "vastervik-2025-1.1"), MARCH_12))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aReportDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(meeting(TISTEL_COMMITMENTS, TODAY.plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("lies in the future")
                .expectNoEvents();
    }

    @Test
    void aReportDatedOutsideThePromiseYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(meeting(TISTEL_COMMITMENTS, LocalDate.of(2024, 12, 30)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage("lies outside the promise year 2025")
                .expectNoEvents();
    }
}
