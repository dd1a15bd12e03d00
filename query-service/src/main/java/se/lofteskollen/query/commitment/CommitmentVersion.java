package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One state of a commitment: the pledge, or a revision with its reason. Keyed by the event that made it. */
@Entity
@Table(name = "commitment_version")
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
