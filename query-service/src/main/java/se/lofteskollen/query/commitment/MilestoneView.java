package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "milestone_view")
public class MilestoneView implements Persistable<String> {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private String milestone;
    private LocalDate reachedOn;
    private String notes;
    private Instant recordedAt;
    @Embedded
    private Author author;

    private transient boolean isNew;

    protected MilestoneView() {
    }

    MilestoneView(String eventId, String commitmentId, String promiseId, long position, String milestone,
                  LocalDate reachedOn, String notes, Instant recordedAt, Author author) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.milestone = milestone;
        this.reachedOn = reachedOn;
        this.notes = notes;
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

    public String getMilestone() {
        return milestone;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Author getAuthor() {
        return author;
    }
}
