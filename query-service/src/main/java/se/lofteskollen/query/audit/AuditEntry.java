package se.lofteskollen.query.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** One change: an event, who made it (from its metadata), the state before and after, and why. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Persistable<String> {

    @Id
    private String eventId;
    private long position;
    private Instant recordedAt;
    private String userId;
    private String userName;
    private String organisation;
    private String role;
    private String client;
    private String promiseId;
    private String subjectType;
    private String subjectId;
    private String change;
    private String changedFields;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", columnDefinition = "jsonb")
    private String before;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", columnDefinition = "jsonb")
    private String after;
    private String reason;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "audit_entry_commitment", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "commitment_id")
    private Set<String> commitmentIds = new LinkedHashSet<>();

    private transient boolean isNew;

    protected AuditEntry() {
    }

    AuditEntry(String eventId, long position, Instant recordedAt, String userId, String userName, String organisation,
               String role, String client, String promiseId, String subjectType, String subjectId, String change,
               String changedFields, String before, String after, String reason, Set<String> commitmentIds) {
        this.eventId = eventId;
        this.position = position;
        this.recordedAt = recordedAt;
        this.userId = userId;
        this.userName = userName;
        this.organisation = organisation;
        this.role = role;
        this.client = client;
        this.promiseId = promiseId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.change = change;
        this.changedFields = changedFields;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.commitmentIds = new LinkedHashSet<>(commitmentIds);
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

    public String getEventId() {
        return eventId;
    }

    public long getPosition() {
        return position;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    public String getClient() {
        return client;
    }

    public String getPromiseId() {
        return promiseId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getChange() {
        return change;
    }

    public String getChangedFields() {
        return changedFields;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public Set<String> getCommitmentIds() {
        return commitmentIds;
    }
}
