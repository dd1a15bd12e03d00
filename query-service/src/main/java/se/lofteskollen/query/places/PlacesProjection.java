package se.lofteskollen.query.places;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;

/** Place visits, for counting per place and area. A retraction marks the visit; nothing is deleted. */
@Component
@ProcessingGroup(Processors.PLACES)
public class PlacesProjection {

    private final RowBatch rows;
    private final JdbcTemplate jdbc;

    public PlacesProjection(RowBatch rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlaceVisitReported event, @Timestamp Instant recordedAt) {
        Place place = event.place();
        String name = place == null || place.name() == null ? "(okänd plats)" : place.name();
        new PlaceVisit(event.visitId(), event.promiseId(), event.commitmentId(), name,
                place == null ? null : place.area(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), event.visitedOn(), recordedAt).addTo(rows);
    }

    /** Retractions of meetings and activities find no visit and change nothing; the first retraction stands. */
    @EventHandler
    void on(ReportRetracted event, @Timestamp Instant recordedAt) {
        // A change: written after the batch's new rows, so it finds a visit reported earlier in the same batch.
        PlaceVisit.retract(rows, event.reportId(), event.reason(), recordedAt);
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE place_visit");
    }
}
