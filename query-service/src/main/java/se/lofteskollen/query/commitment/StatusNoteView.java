package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "status_note_view")
public class StatusNoteView implements Persistable<String> {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private String note;
    private LocalDate writtenOn;
    private Instant recordedAt;
    @Embedded
    private Author author;

    private transient boolean isNew;

    protected StatusNoteView() {
    }

    StatusNoteView(String eventId, String commitmentId, String promiseId, long position, String note,
                   LocalDate writtenOn, Instant recordedAt, Author author) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.note = note;
        this.writtenOn = writtenOn;
        this.recordedAt = recordedAt;
        this.author = author;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return eventId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public long getPosition() {
        return position;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Author getAuthor() {
        return author;
    }
}
