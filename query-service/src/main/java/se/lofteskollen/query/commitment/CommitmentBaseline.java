package se.lofteskollen.query.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A baseline set on an INCREASE target; a later one replaces it from the instant it was recorded. */
@Entity
@Table(name = "commitment_baseline")
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

    public int getValue() {
        return value;
    }

    public String getBasis() {
        return basis;
    }
}
