package se.lofteskollen.query.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A promise with its signing and its closing. Rows are written by SQL in processor batches ({@link #addTo},
 * {@link #sign}, {@link #close}); JPA only reads them.
 */
@Entity
@Table(name = "promise_view")
@Immutable
public class PromiseView {

    @Id
    private String promiseId;
    private int year;
    private String title;
    private String policeArea;
    private String municipality;
    private String policeRegion;
    private String county;
    private Instant createdAt;
    private LocalDate signedOn;
    private Instant signedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String signatories;
    private LocalDate closedOn;
    private Instant closedAt;
    private String closingSummary;
    /** Last year's promise this one renews, or null. */
    private String predecessorId;
    /** The position of the last event applied. */
    private long lastPosition;

    protected PromiseView() {
    }

    PromiseView(String promiseId, int year, String title, String policeArea, String municipality, String policeRegion,
                String county, String predecessorId, Instant createdAt, long position) {
        this.promiseId = promiseId;
        this.predecessorId = predecessorId;
        this.year = year;
        this.title = title;
        this.policeArea = policeArea;
        this.municipality = municipality;
        this.policeRegion = policeRegion;
        this.county = county;
        this.createdAt = createdAt;
        this.lastPosition = position;
    }

    /** Adds the created promise to the batch; a promise already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO promise_view (promise_id, year, title, police_area, municipality, police_region, county,
                                          predecessor_id, created_at, last_position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (promise_id) DO NOTHING""",
                promiseId, year, title, policeArea, municipality, policeRegion, county, predecessorId, createdAt,
                lastPosition);
    }

    /**
     * A promise is signed once, and the first signing stands. Guarded by its own columns, not the position, so that a
     * signing and a closing in one batch do not depend on their order.
     */
    static void sign(RowBatch rows, String promiseId, long position, LocalDate signedOn, String signatories,
                     Instant signedAt) {
        rows.change("""
                UPDATE promise_view SET signed_on = ?, signatories = ?::jsonb, signed_at = ?,
                    last_position = greatest(last_position, ?)
                WHERE promise_id = ? AND signed_at IS NULL""",
                signedOn, signatories, signedAt, position, promiseId);
    }

    /** A promise is closed once, and the first closing stands. */
    static void close(RowBatch rows, String promiseId, long position, LocalDate closedOn, String summary,
                      Instant closedAt) {
        rows.change("""
                UPDATE promise_view SET closed_on = ?, closing_summary = ?, closed_at = ?,
                    last_position = greatest(last_position, ?)
                WHERE promise_id = ? AND closed_at IS NULL""",
                closedOn, summary, closedAt, position, promiseId);
    }

    public String getPromiseId() {
        return promiseId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getPoliceArea() {
        return policeArea;
    }

    public String getMunicipality() {
        return municipality;
    }

    /** Null when the promise did not state it (every promise created before revision 2 of its event). */
    public String getPoliceRegion() {
        return policeRegion;
    }

    /** Null when the promise did not state it. */
    public String getCounty() {
        return county;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignatories() {
        return signatories;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingSummary() {
        return closingSummary;
    }

    public String getPredecessorId() {
        return predecessorId;
    }
}
