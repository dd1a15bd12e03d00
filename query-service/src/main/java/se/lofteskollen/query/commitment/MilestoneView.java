package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "milestone_view")
@Immutable
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

    /** Adds the milestone to the batch; a milestone already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO milestone_view (event_id, commitment_id, promise_id, position, milestone, reached_on, notes,
                    recorded_at, user_id, user_name, organisation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                getId(), getCommitmentId(), getPromiseId(), getPosition(), milestone, reachedOn, notes,
                getRecordedAt(), author.getUserId(), author.getUserName(), author.getOrganisation());
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
