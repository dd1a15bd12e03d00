package se.lofteskollen.query.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/** A baseline set on an INCREASE target; a later one replaces it from the instant it was recorded. */
@Entity
@Table(name = "commitment_baseline")
public class CommitmentBaseline implements Persistable<String> {

    @Id
    private String eventId;
    private String commitmentId;
    private String promiseId;
    private long position;
    private Instant recordedAt;
    private int value;
    private String basis;

    private transient boolean isNew;

    protected CommitmentBaseline() {
    }

    CommitmentBaseline(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt,
                       int value, String basis) {
        this.eventId = eventId;
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.position = position;
        this.recordedAt = recordedAt;
        this.value = value;
        this.basis = basis;
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

    public int getValue() {
        return value;
    }

    public String getBasis() {
        return basis;
    }
}
