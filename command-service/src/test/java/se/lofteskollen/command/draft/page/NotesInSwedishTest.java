package se.lofteskollen.command.draft.page;

import org.junit.jupiter.api.Test;
import se.lofteskollen.command.draft.PromiseDraft;
import se.lofteskollen.command.draft.PromiseDraft.Note;
import se.lofteskollen.command.draft.PublishedText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every note the draft reader makes reaches the page in Swedish; the reader's English is for API clients. */
class NotesInSwedishTest {

    /** Texts that make the reader note each thing it notes. */
    private static final List<String> TEXTS = List.of(
            """
            Medborgarlöfte 2025 — Lokalpolisområde Exempel och Exempels kommun

            1. Trygga platser
            2. Unga

            # 1. Trygga platser i centrum

            1.1 Polisen ska genomföra minst fyra fotpatrulleringar per månad.
            1.1 Kommunen ska träffa föreningarna varje månad.
            1.2 Regionen ska erbjuda stöd.
            1.3 (Polisen) Kommunen ska ordna medborgardialoger.
            1.4 Arbetet ska utvärderas.
            1.5 Kommunen ska öka antalet medborgardialoger och öka antalet orossamtal.
            1.6 Polisen ska hålla minst fem överläggningar under året.
            1.7 Kommunen ska ta fram en plan senast den 31 februari.
            1.8 Kommunen ska ta fram en handlingsplan senast den 30 september 2026.
            1.9 Kommunen ska träffa skolorna varannan vecka.
            3.1 Polisen ska ha hög synlighet.
            """,
            """
            Ett löfte

            1.1 Kommunen ska ta fram en plan under våren.
            """,
            "Bara ord, inga nummer.",
            "1.1 Polisen ska " + "arbeta ".repeat(700) + ".");

    @Test
    void everyNoteTheReaderMakesIsSaidInSwedish() throws IOException {
        List<Note> notes = new ArrayList<>();
        for (String text : TEXTS) {
            notes.addAll(PublishedText.draft(text).notes());
        }
        notes.addAll(vastervik().notes());

        assertThat(notes).hasSizeGreaterThan(15);
        for (Note note : notes) {
            assertThat(NotesInSwedish.of(note.message(), measure -> "platsbesök")).as(note.message())
                    .isNotEqualTo(note.message())
                    .doesNotContain(" the ").doesNotContain("null");
        }
    }

    @Test
    void aNoteItDoesNotKnowIsShownAsTheReaderSaysIt() {
        assertThat(NotesInSwedish.of("something new", measure -> "platsbesök")).isEqualTo("something new");
    }

    private static PromiseDraft vastervik() throws IOException {
        try (InputStream text = NotesInSwedishTest.class.getResourceAsStream("/draft/medborgarlofte-2025-vastervik.md")) {
            return PublishedText.draft(new String(text.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
