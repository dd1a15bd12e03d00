package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "status_note_view")
public class StatusNoteView extends CommitmentFact {

    private String note;
    private LocalDate writtenOn;
    @Embedded
    private Author author;

    protected StatusNoteView() {
    }

    StatusNoteView(String eventId, String commitmentId, String promiseId, long position, String note,
                   LocalDate writtenOn, Instant recordedAt, Author author) {
        super(eventId, commitmentId, promiseId, position, recordedAt);
        this.note = note;
        this.writtenOn = writtenOn;
        this.author = author;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public Author getAuthor() {
        return author;
    }
}
