package se.lofteskollen.command.commitment;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.StatusNoteAdded;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;
import static se.lofteskollen.command.commitment.Given.PROMISE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE;
import static se.lofteskollen.command.commitment.Given.SIX_ONE_PLEDGED;

class AddStatusNoteTest {

    private static final String NOTE = "Lägesbilden togs fram alla veckor utom vecka 29";
    private static final StatusNoteAdded NOTE_ADDED = new StatusNoteAdded(SIX_ONE, PROMISE, NOTE);

    private InMemoryCommitmentDirectory directory;
    private AggregateTestFixture<Commitment> fixture;

    @BeforeEach
    void setUp() {
        directory = Given.directory();
        fixture = Given.fixture(directory);
    }

    private static Object noteAddedAs(String noteId) {
        return new GenericEventMessage<>(NOTE_ADDED,
                MetaData.with(AddStatusNote.NOTE_ID, noteId));
    }

    /** The note, with its id in the metadata (beside the correlation data the fixture adds). */
    private static Matcher<EventMessage<?>> noteAddedUnder(String noteId) {
        return predicate(event -> NOTE_ADDED.equals(event.getPayload())
                && noteId.equals(event.getMetaData().get(AddStatusNote.NOTE_ID)));
    }

    @Test
    void aStatusNoteIsRecordedWithItsId() {
        fixture.given(SIX_ONE_PLEDGED)
                .when(new AddStatusNote(SIX_ONE, "note-1", NOTE))
                .expectEventsMatching(exactSequenceOf(noteAddedUnder("note-1"), andNoMore()));
    }

    @Test
    void repeatingANoteUnderTheSameIdAddsItOnce() {
        fixture.given(SIX_ONE_PLEDGED, noteAddedAs("note-1"))
                .when(new AddStatusNote(SIX_ONE, "note-1", NOTE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherNoteUnderAnIdAlreadyUsedIsAConflict() {
        fixture.given(SIX_ONE_PLEDGED, noteAddedAs("note-1"))
                .when(new AddStatusNote(SIX_ONE, "note-1", "En annan anteckning"))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void theSameTextUnderANewIdIsASecondNote() {
        fixture.given(SIX_ONE_PLEDGED, noteAddedAs("note-1"))
                .when(new AddStatusNote(SIX_ONE, "note-2", NOTE))
                .expectEventsMatching(exactSequenceOf(noteAddedUnder("note-2"), andNoMore()));
    }

    @Test
    void aWithdrawnCommitmentTakesNoNotes() {
        fixture.given(SIX_ONE_PLEDGED, new CommitmentWithdrawn(SIX_ONE, PROMISE, "Ersatt"))
                .when(new AddStatusNote(SIX_ONE, "note-1", NOTE))
                .expectException(Conflict.class)
                .expectNoEvents();
    }

    @Test
    void aClosedPromiseTakesNoNotes() {
        directory.closed(PROMISE);
        fixture.given(SIX_ONE_PLEDGED)
                .when(new AddStatusNote(SIX_ONE, "note-1", NOTE))
                .expectException(Conflict.class)
                .expectNoEvents();
    }
}
