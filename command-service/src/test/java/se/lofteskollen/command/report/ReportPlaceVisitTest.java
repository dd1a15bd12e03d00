package se.lofteskollen.command.report;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lofteskollen.command.report.RecordMeetingTest.PROMISE;
import static se.lofteskollen.command.report.RecordMeetingTest.TODAY;

class ReportPlaceVisitTest {

    private static final String SIX_TWO = "vastervik-2025-6.2";
    private static final Place STORTORGET = new Place("Stortorget", "Centrum", 57.7577, 16.6367);
    private static final LocalDate MAY_3 = LocalDate.of(2025, 5, 3);

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        directory = RecordMeetingTest.directory();
        fixture = RecordMeetingTest.fixture(directory);
    }

    private static ReportPlaceVisit visit(String commitmentId, LocalDate visitedOn) {
        return new ReportPlaceVisit("visit-1", commitmentId, STORTORGET, visitedOn, "Oro kvällstid",
                "Synlig närvaro och samtal med butiker", TODAY);
    }

    private static PlaceVisitReported reported() {
        return new PlaceVisitReported("visit-1", PROMISE, SIX_TWO, STORTORGET, MAY_3, "Oro kvällstid",
                "Synlig närvaro och samtal med butiker");
    }

    @Test
    void aPlaceVisitTowardSixTwoIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(visit(SIX_TWO, MAY_3))
                .expectEvents(reported());
    }

    /** Without reading its id first: the store's unique key refuses it, and the API answers the repeat (ReportRepeatsTest). */
    @Test
    void aVisitUnderAnIdAlreadyTakenIsRefusedByTheEventStore() {
        fixture.given(reported())
                .when(visit(SIX_TWO, MAY_3))
                .expectException(EventStoreException.class);
    }

    @Test
    void aVisitOnAnUnknownCommitmentIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(visit("vastervik-2025-6.9", MAY_3))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aVisitOnAWithdrawnCommitmentIsRefused() {
        directory.withdrawn(SIX_TWO);
        fixture.givenNoPriorActivity()
                .when(visit(SIX_TWO, MAY_3))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aVisitInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(visit(SIX_TWO, TODAY.plusDays(3)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aVisitInAClosedPromiseIsRefused() {
        directory.closed(PROMISE);
        fixture.givenNoPriorActivity()
                .when(visit(SIX_TWO, MAY_3))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void theVisitsTextIsRecordedInNfc() {
        fixture.givenNoPriorActivity()
                .when(new ReportPlaceVisit("visit-1", SIX_TWO, new Place("Stortorget", "Centrum", 57.7577, 16.6367),
                        MAY_3, "Oro kva\u0308llstid", "Synlig na\u0308rvaro och samtal med butiker", TODAY))
                .expectEvents(reported());
    }

    @Test
    void aControlCharacterOrAPersonalIdentityNumberIsRefusedBeforeTheCommandIsSentByItsField() {
        assertThatThrownBy(() -> new ReportPlaceVisit("visit-1", SIX_TWO, STORTORGET, MAY_3, null, "a\u0000b", TODAY))
                .isInstanceOf(InvalidCommand.class).extracting("field").isEqualTo("measures");
        assertThatThrownBy(() -> new ReportPlaceVisit("visit-1", SIX_TWO, new Place("Stor\ntorget", null, null, null),
                MAY_3, null, "Samtal", TODAY))
                .isInstanceOf(InvalidCommand.class).extracting("field").isEqualTo("place.name");
        assertThatThrownBy(() -> new ReportPlaceVisit("visit-1", SIX_TWO, STORTORGET, MAY_3, "Oro hos 811218-9876",
                "Samtal", TODAY))
                .isInstanceOf(InvalidCommand.class).extracting("field").isEqualTo("problemPicture");
    }
}
