package se.lofteskollen.query.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/** A commitment as it stands now: one row per commitment, kept by {@link CommitmentProjection}. */
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

    private transient boolean isNew;

    protected CommitmentView() {
    }

    CommitmentView(String commitmentId, String promiseId, String code, String priorityArea, String responsible,
                   String text, String targets, Instant pledgedAt) {
        this.commitmentId = commitmentId;
        this.promiseId = promiseId;
        this.code = code;
        this.priorityArea = priorityArea;
        this.responsible = responsible;
        this.text = text;
        this.targets = targets;
        this.pledgedAt = pledgedAt;
        this.isNew = true;
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
}
