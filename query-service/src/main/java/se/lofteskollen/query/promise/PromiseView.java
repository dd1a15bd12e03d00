package se.lofteskollen.query.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "promise_view")
public class PromiseView implements Persistable<String> {

    @Id
    private String promiseId;
    private int year;
    private String title;
    private String policeArea;
    private String municipality;
    private Instant createdAt;
    private LocalDate signedOn;
    private Instant signedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String signatories;
    private LocalDate closedOn;
    private Instant closedAt;
    private String closingSummary;
    private long lastPosition;

    private transient boolean isNew;

    protected PromiseView() {
    }

    PromiseView(String promiseId, int year, String title, String policeArea, String municipality, Instant createdAt,
                long position) {
        this.promiseId = promiseId;
        this.year = year;
        this.title = title;
        this.policeArea = policeArea;
        this.municipality = municipality;
        this.createdAt = createdAt;
        this.lastPosition = position;
        this.isNew = true;
    }

    boolean advanceTo(long position) {
        if (position <= lastPosition) {
            return false;
        }
        lastPosition = position;
        return true;
    }

    void sign(LocalDate signedOn, String signatories, Instant signedAt) {
        this.signedOn = signedOn;
        this.signatories = signatories;
        this.signedAt = signedAt;
    }

    void close(LocalDate closedOn, String summary, Instant closedAt) {
        this.closedOn = closedOn;
        this.closingSummary = summary;
        this.closedAt = closedAt;
    }

    @Override
    public String getId() {
        return promiseId;
    }

    @Override
    public boolean isNew() {
        return isNew;
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
}
