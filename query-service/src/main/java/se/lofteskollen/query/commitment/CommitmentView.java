package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/**
 * A commitment as it stands now: its latest version and its withdrawal. Its history is in
 * {@link CommitmentVersion}; what any past instant knew is answered from there.
 */
@Entity
@Table(name = "commitment_view")
public class CommitmentView implements Persistable<String> {

    @Id
    private String commitmentId;
    private String promiseId;
    private String code;
    private String priorityArea;
    private String responsible;
    private String text;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String targets;
    private Instant pledgedAt;
    private Instant revisedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;
    /** The position of the last event applied: an older or repeated one changes nothing. */
    private long lastPosition;

    private transient boolean isNew;

    protected CommitmentView() {
    }

    CommitmentView(String commitmentId, String promiseId, String code, String priorityArea, String responsible,
                   String text, String targets, Instant pledgedAt, long position) {
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.code = code;
        this.priorityArea = priorityArea;
        this.responsible = responsible;
        this.text = text;
        this.targets = targets;
        this.pledgedAt = pledgedAt;
        this.lastPosition = position;
        this.isNew = true;
    }

    /** Applies a later event; answers false when the event is not later than the last one applied. */
    boolean advanceTo(long position) {
        if (position <= lastPosition) {
            return false;
        }
        lastPosition = position;
        return true;
    }

    void revise(String text, String responsible, String targets, Instant revisedAt) {
        this.text = text;
        this.responsible = responsible;
        this.targets = targets;
        this.revisedAt = revisedAt;
    }

    void withdraw(String reason, Instant withdrawnAt) {
        this.withdrawalReason = reason;
        this.withdrawnAt = withdrawnAt;
    }

    @Override
    public String getId() {
        return commitmentId;
    }

    /** New rows are inserted without the SELECT that a merge of an assigned id would cost. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public String getPromiseId() {
        return promiseId;
    }

    public String getCode() {
        return code;
    }

    public String getPriorityArea() {
        return priorityArea;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getText() {
        return text;
    }

    public String getTargets() {
        return targets;
    }

    public Instant getPledgedAt() {
        return pledgedAt;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
