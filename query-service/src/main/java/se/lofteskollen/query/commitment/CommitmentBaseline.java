package se.lofteskollen.query.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;

/** A baseline set on an INCREASE target; a later one replaces it from the instant it was recorded. */
@Entity
@Table(name = "commitment_baseline")
@Immutable
public class CommitmentBaseline extends CommitmentFact {

    private int value;
    private String basis;

    protected CommitmentBaseline() {
    }

    CommitmentBaseline(String eventId, String commitmentId, String promiseId, long position, Instant recordedAt,
                       int value, String basis) {
        super(eventId, commitmentId, promiseId, position, recordedAt);
        this.value = value;
        this.basis = basis;
    }

    /** Adds the baseline to the batch; a baseline already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO commitment_baseline (event_id, commitment_id, promise_id, position, recorded_at, value, basis)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                getId(), getCommitmentId(), getPromiseId(), getPosition(), getRecordedAt(), value, basis);
    }

    public int getValue() {
        return value;
    }

    public String getBasis() {
        return basis;
    }
}
