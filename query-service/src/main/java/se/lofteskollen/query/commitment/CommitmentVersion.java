package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;

/** One state of a commitment: the pledge, or a revision with its reason. Keyed by the event that made it. */
@Entity
@Table(name = "commitment_version")
@Immutable
public class CommitmentVersion extends CommitmentFact {

    private String text;
    private String responsible;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String targets;
    private String reason;

    protected CommitmentVersion() {
    }

    CommitmentVersion(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt,
                      String text, String responsible, String targets, String reason) {
        super(eventId, commitmentId, promiseId, position, recordedAt);
        this.text = text;
        this.responsible = responsible;
        this.targets = targets;
        this.reason = reason;
    }

    /** Adds the version to the batch; a version already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO commitment_version (event_id, commitment_id, promise_id, position, recorded_at, text,
                    responsible, targets, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                getId(), getCommitmentId(), getPromiseId(), getPosition(), getRecordedAt(), text, responsible,
                targets, reason);
    }

    public String getText() {
        return text;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getTargets() {
        return targets;
    }

    public String getReason() {
        return reason;
    }
}
