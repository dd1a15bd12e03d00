package se.lofteskollen.query.places;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place visit as the hot-spot view counts it. Rows are written by SQL in processor batches ({@link #addTo},
 * {@link #retract}); JPA only reads them.
 */
@Entity
@Table(name = "place_visit")
@Immutable
public class PlaceVisit {

    /** Compiled once: tidied twice per visit, a replay tidies a million. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    }

    static String key(String name, String area) {
        return normalised(name) + "|" + normalised(area);
    }

    private static String normalised(String text) {
        return text == null ? "" : tidy(text).toLowerCase(Locale.forLanguageTag("sv"));
    }

    private static String tidy(String text) {
        return text == null ? null : WHITESPACE.matcher(text.trim()).replaceAll(" ");
    }

    /** Adds the visit to the batch; a visit already there stays as it is. */
    void addTo(RowBatch rows) {
        rows.add("""
                INSERT INTO place_visit (visit_id, promise_id, commitment_id, place_key, place_name, place_area, lat, lon,
                    visited_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (visit_id) DO NOTHING""",
                visitId, promiseId, commitmentId, placeKey, placeName, placeArea, lat, lon, visitedOn, recordedAt);
    }

    /** The first retraction of a visit stands. */
    static void retract(RowBatch rows, String visitId, String reason, Instant retractedAt) {
        rows.change("""
                UPDATE place_visit SET retracted_at = ?, retraction_reason = ?
                WHERE visit_id = ? AND retracted_at IS NULL""",
                retractedAt, reason, visitId);
    }

}
