package se.lofteskollen.query.commitment;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A row written once for one event about a commitment (a version, a baseline, a milestone, a note):
 * keyed by the event's id, with the event's position and the instant it was recorded. Rows are written by SQL in
 * processor batches (each kind's {@code addTo}); JPA only reads them.
 */
@MappedSuperclass
abstract class CommitmentFact {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private Instant recordedAt;

    protected CommitmentFact() {
    }

    protected CommitmentFact(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.recordedAt = recordedAt;
    }

    /** The id of the event that made the row. */
    public String getId() {
        return eventId;
    }

    String getPromiseId() {
        return promiseId;
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
