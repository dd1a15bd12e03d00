package se.lofteskollen.query.commitment;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/**
 * A row written once for one event about a commitment (a version, a baseline, a milestone, a note):
 * keyed by the event's id, with the event's position and the instant it was recorded. New rows are
 * inserted without the SELECT that a merge of an assigned id would cost.
 */
@MappedSuperclass
abstract class CommitmentFact implements Persistable<String> {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private Instant recordedAt;

    private transient boolean isNew;

    protected CommitmentFact() {
    }

    protected CommitmentFact(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.recordedAt = recordedAt;
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

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
