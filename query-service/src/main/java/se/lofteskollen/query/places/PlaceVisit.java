package se.lofteskollen.query.places;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

@Entity
@Table(name = "place_visit")
public class PlaceVisit implements Persistable<String> {

    @Id
    private String visitId;
    private String promiseId;
    private String commitmentId;
    private String placeKey;
    private String placeName;
    private String placeArea;
    private Double lat;
    private Double lon;
    private LocalDate visitedOn;
    private Instant recordedAt;
    private Instant retractedAt;
    private String retractionReason;

    private transient boolean isNew;

    protected PlaceVisit() {
    }

    PlaceVisit(String visitId, String promiseId, String commitmentId, String placeName, String placeArea, Double lat,
               Double lon, LocalDate visitedOn, Instant recordedAt) {
        this.visitId = visitId;
        this.promiseId = promiseId;
        this.commitmentId = commitmentId;
        this.placeKey = key(placeName, placeArea);
        this.placeName = tidy(placeName);
        this.placeArea = tidy(placeArea);
        this.lat = lat;
        this.lon = lon;
        this.visitedOn = visitedOn;
        this.recordedAt = recordedAt;
        this.isNew = true;
    }

    static String key(String name, String area) {
        return normalised(name) + "|" + normalised(area);
    }

    private static String normalised(String text) {
        return text == null ? "" : tidy(text).toLowerCase(Locale.forLanguageTag("sv"));
    }

    private static String tidy(String text) {
        return text == null ? null : text.trim().replaceAll("\\s+", " ");
    }

    void retract(String reason, Instant at) {
        if (retractedAt == null) {
            this.retractionReason = reason;
            this.retractedAt = at;
        }
    }

    @Override
    public String getId() {
        return visitId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }
}
