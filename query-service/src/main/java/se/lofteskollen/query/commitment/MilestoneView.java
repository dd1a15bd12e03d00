package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "milestone_view")
public class MilestoneView extends CommitmentFact {

    private String milestone;
    private LocalDate reachedOn;
    private String notes;
    @Embedded
    private Author author;

    protected MilestoneView() {
    }

    MilestoneView(String eventId, String commitmentId, String promiseId, long position, String milestone,
                  LocalDate reachedOn, String notes, Instant recordedAt, Author author) {
        super(eventId, commitmentId, promiseId, position, recordedAt);
        this.milestone = milestone;
        this.reachedOn = reachedOn;
        this.notes = notes;
        this.author = author;
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

    public Author getAuthor() {
        return author;
    }
}
