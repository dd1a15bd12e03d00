package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;

/**
 * A commitment as it stands now: its latest version and its withdrawal. Its history is in
 * {@link CommitmentVersion}; what any past instant knew is answered from there. Rows are written by SQL in
 * processor batches ({@link #addTo}, {@link #revise}, {@link #withdraw}); JPA only reads them.
 */
@Entity
@Table(name = "commitment_view")
@Immutable
public class CommitmentView {

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
    /**
     * The position of the version it shows (the pledge or the latest revision): an older or repeated revision changes
     * nothing. A withdrawal leaves it, so that a revision and a withdrawal in one batch do not depend on their order.
     */
    private long lastPosition;
    /** The commitment of last year's promise this one carries on, or null. */
    private String predecessorId;

    protected CommitmentView() {
    }

    CommitmentView(String commitmentId, String promiseId, String code, String priorityArea, String responsible,
                   String text, String targets, String predecessorId, Instant pledgedAt, long position) {
        this.commitmentId = commitmentId;
        this.predecessorId = predecessorId;
        this.promiseId = promiseId;
        this.code = code;
        this.priorityArea = priorityArea;
        this.responsible = responsible;
        this.text = text;
        this.targets = targets;
        this.pledgedAt = pledgedAt;
        this.lastPosition = position;
    }

    /** Adds the pledged commitment to the batch; a commitment already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO commitment_view (commitment_id, promise_id, code, priority_area, responsible, text, targets,
                    predecessor_id, pledged_at, last_position)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (commitment_id) DO NOTHING""",
                commitmentId, promiseId, code, priorityArea, responsible, text, targets, predecessorId, pledgedAt,
                lastPosition);
    }

    /** The commitment shows the revision at this position, unless it shows this one or a later one already. */
    static void revise(RowBatch rows, String commitmentId, long position, String text, String responsible,
                       String targets, Instant revisedAt) {
        rows.change("""
                UPDATE commitment_view SET text = ?, responsible = ?, targets = ?::jsonb, revised_at = ?, last_position = ?
                WHERE commitment_id = ? AND last_position < ?""",
                text, responsible, targets, revisedAt, position, commitmentId, position);
    }

    /** The first withdrawal stands. */
    static void withdraw(RowBatch rows, String commitmentId, String reason, Instant withdrawnAt) {
        rows.change("""
                UPDATE commitment_view SET withdrawn_at = ?, withdrawal_reason = ?
                WHERE commitment_id = ? AND withdrawn_at IS NULL""",
                withdrawnAt, reason, commitmentId);
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

    public String getPredecessorId() {
        return predecessorId;
    }
}
