package se.lofteskollen.query.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.time.Instant;

/** A report that no longer counts from {@code recordedAt} on, and why. The report itself stays. */
@Entity
@Table(name = "report_retraction")
public class ReportRetraction implements Persistable<String> {

    @Id
    private String reportId;
    private String promiseId;
    private String eventId;
    private Instant recordedAt;
    private String reason;
    @Embedded
    private Author author;

    private transient boolean isNew;

    protected ReportRetraction() {
    }

    ReportRetraction(String reportId, String promiseId, String eventId, Instant recordedAt, String reason, Author author) {
        this.reportId = reportId;
        this.promiseId = promiseId;
        this.eventId = eventId;
        this.recordedAt = recordedAt;
        this.reason = reason;
        this.author = author;
        this.isNew = true;
    }

    @Override
    public String getId() {
        return reportId;
    }

    @Override
    public boolean isNew() {
        return isNew;
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
