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
import se.lofteskollen.query.replay.Processors;

import java.time.Instant;

/** Place visits, for counting per place and area. A retraction marks the visit; nothing is deleted. */
@Component
@ProcessingGroup(Processors.PLACES)
public class PlacesProjection {

    private final PlaceVisitRepository visits;
    private final JdbcTemplate jdbc;

    public PlacesProjection(PlaceVisitRepository visits, JdbcTemplate jdbc) {
        this.visits = visits;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlaceVisitReported event, @Timestamp Instant recordedAt) {
        if (visits.findById(event.visitId()).isPresent()) {
            return;
        }
        Place place = event.place();
        String name = place == null || place.name() == null ? "(okänd plats)" : place.name();
        visits.save(new PlaceVisit(event.visitId(), event.promiseId(), event.commitmentId(), name,
                place == null ? null : place.area(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), event.visitedOn(), recordedAt));
    }

    /** Retractions of meetings and activities find no visit and change nothing. */
    @EventHandler
    void on(ReportRetracted event, @Timestamp Instant recordedAt) {
        visits.findById(event.reportId()).ifPresent(visit -> visit.retract(event.reason(), recordedAt));
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.update("DELETE FROM place_visit");
    }
}
