package se.lofteskollen.query.commitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A meeting, place visit or activity, and the commitments it serves. A retraction is kept beside it.
 * Rows are written by SQL in processor batches ({@link #addTo}); JPA only reads them.
 */
@Entity
@Table(name = "report_view")
@Immutable
public class ReportView {

    @Id
    private String reportId;
    private String promiseId;
    private long position;
    private String reportType;
    private String network;
    private String activityKind;
    /** What the report adds to a count: 1 for a meeting or visit, the reported number for activities. */
    private int quantity;
    private LocalDate occurredOn;
    private Instant recordedAt;
    private Integer participants;
    private String placeName;
    private String placeArea;
    private Double placeLat;
    private Double placeLon;
    private String problemPicture;
    private String measures;
    private String notes;
    @Embedded
    private Author author;

    @ElementCollection
    @CollectionTable(name = "report_commitment", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "commitment_id")
    private Set<String> commitmentIds = new LinkedHashSet<>();

    protected ReportView() {
    }

    ReportView(String reportId, String promiseId, long position, ReportType type, Network network, ActivityKind kind,
               int quantity, LocalDate occurredOn, Instant recordedAt, Author author, Set<String> commitmentIds) {
        this.reportId = reportId;
        this.promiseId = promiseId;
        this.position = position;
        this.reportType = type.name();
        this.network = network == null ? null : network.name();
        this.activityKind = kind == null ? null : kind.name();
        this.quantity = quantity;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.author = author;
        this.commitmentIds = new LinkedHashSet<>(commitmentIds);
    }

    ReportView withParticipants(int participants) {
        this.participants = participants;
        return this;
    }

    /** Adds the report and the commitments it serves to the batch; a report already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO report_view (report_id, promise_id, position, report_type, network, activity_kind, quantity,
                    occurred_on, recorded_at, participants, place_name, place_area, place_lat, place_lon,
                    problem_picture, measures, notes, user_id, user_name, organisation, commitments)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (report_id) DO NOTHING""",
                reportId, promiseId, position, reportType, network, activityKind, quantity, occurredOn, recordedAt,
                participants, placeName, placeArea, placeLat, placeLon, problemPicture, measures, notes,
                author.getUserId(), author.getUserName(), author.getOrganisation(),
                String.join(",", new TreeSet<>(commitmentIds)));
        for (String commitmentId : commitmentIds) {
            rows.add("INSERT INTO report_commitment (report_id, commitment_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    reportId, commitmentId);
        }
    }

    ReportView at(String name, String area, Double lat, Double lon) {
        this.placeName = name;
        this.placeArea = area;
        this.placeLat = lat;
        this.placeLon = lon;
        return this;
    }

    ReportView withDetails(String problemPicture, String measures, String notes) {
        this.problemPicture = problemPicture;
        this.measures = measures;
        this.notes = notes;
        return this;
    }

    public Measure measure() {
        return new Measure(ReportType.valueOf(reportType),
                network == null ? null : Network.valueOf(network),
                activityKind == null ? null : ActivityKind.valueOf(activityKind));
    }

    public String getReportId() {
        return reportId;
    }

    public String getPromiseId() {
        return promiseId;
    }

    public long getPosition() {
        return position;
    }

    public String getReportType() {
        return reportType;
    }

    public String getNetwork() {
        return network;
    }

    public String getActivityKind() {
        return activityKind;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getPlaceArea() {
        return placeArea;
    }

    public Double getPlaceLat() {
        return placeLat;
    }

    public Double getPlaceLon() {
        return placeLon;
    }

    public String getProblemPicture() {
        return problemPicture;
    }

    public String getMeasures() {
        return measures;
    }

    public String getNotes() {
        return notes;
    }

    public Author getAuthor() {
        return author;
    }

    public Set<String> getCommitmentIds() {
        return commitmentIds;
    }
}
