package se.lofteskollen.query.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One change: an event, who made it (from its metadata), the state before and after, and why.
 * Rows are written by SQL in processor batches ({@link #addTo}); JPA only reads them.
 */
@Entity
@Table(name = "audit_entry")
@Immutable
public class AuditEntry {

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
    }

    /** Adds the entry and the commitments it concerns to the batch; an entry is written once per event. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO audit_entry (event_id, position, recorded_at, user_id, user_name, organisation, role, client,
                    promise_id, subject_type, subject_id, change, changed_fields, before_state, after_state, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                eventId, position, recordedAt, userId, userName, organisation, role, client, promiseId, subjectType,
                subjectId, change, changedFields, before, after, reason);
        for (String commitmentId : commitmentIds) {
            rows.add("INSERT INTO audit_entry_commitment (event_id, commitment_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    eventId, commitmentId);
        }
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
