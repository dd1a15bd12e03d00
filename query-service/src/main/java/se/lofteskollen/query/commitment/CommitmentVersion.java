package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/** One state of a commitment: the pledge, or a revision with its reason. Keyed by the event that made it. */
@Entity
@Table(name = "commitment_version")
public class CommitmentVersion implements Persistable<String> {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private Instant recordedAt;
    private String text;
    private String responsible;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String targets;
    private String reason;

    private transient boolean isNew;

    protected CommitmentVersion() {
    }

    CommitmentVersion(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt,
                      String text, String responsible, String targets, String reason) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.recordedAt = recordedAt;
        this.text = text;
        this.responsible = responsible;
        this.targets = targets;
        this.reason = reason;
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
