package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;

/**
 * A report that no longer counts from {@code recordedAt} on, and why. The report itself stays.
 * Rows are written by SQL in processor batches ({@link #addTo}); JPA only reads them.
 */
@Entity
@Table(name = "report_retraction")
@Immutable
public class ReportRetraction {

    @Id
    private String reportId;
    private String promiseId;
    private String eventId;
    private Instant recordedAt;
    private String reason;
    @Embedded
    private Author author;

    protected ReportRetraction() {
    }

    ReportRetraction(String reportId, String promiseId, String eventId, Instant recordedAt, String reason, Author author) {
        this.reportId = reportId;
        this.promiseId = promiseId;
        this.eventId = eventId;
        this.recordedAt = recordedAt;
        this.reason = reason;
        this.author = author;
    }

    /** The first retraction of a report stands. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO report_retraction (report_id, promise_id, event_id, recorded_at, reason, user_id, user_name,
                    organisation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (report_id) DO NOTHING""",
                reportId, promiseId, eventId, recordedAt, reason, author.getUserId(), author.getUserName(),
                author.getOrganisation());
    }

    public String getReportId() {
        return reportId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getReason() {
        return reason;
    }

    public Author getAuthor() {
        return author;
    }
}
