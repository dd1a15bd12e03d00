package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "status_note_view")
@Immutable
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

    /** Adds the note to the batch; a note already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO status_note_view (event_id, commitment_id, promise_id, position, note, written_on,
                    recorded_at, user_id, user_name, organisation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                getId(), getCommitmentId(), getPromiseId(), getPosition(), note, writtenOn, getRecordedAt(),
                author.getUserId(), author.getUserName(), author.getOrganisation());
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
