package se.lofteskollen.query.commitment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Meetings, place visits and activities, and their retractions. Keyed by report id: a repeat changes nothing.
 * Written through the batch's {@link RowBatch}: reports are most of the event store, and of a replay. What they add
 * to the tallies progress is judged on is written with them ({@link TallyBatch}).
 */
@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class ReportProjection {

    private final RowBatch rows;
    private final TallyBatch tallies;
    private final JdbcTemplate jdbc;

    public ReportProjection(RowBatch rows, TallyBatch tallies, JdbcTemplate jdbc) {
        this.rows = rows;
        this.tallies = tallies;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingRecorded event, @Timestamp Instant recordedAt, TrackingToken token, MetaData metaData) {
        new ReportView(event.meetingId(), event.promiseId(), Processors.positionOf(token),
                ReportType.MEETING, event.network(), null, 1, event.heldOn(), recordedAt, Author.of(metaData),
                ids(event.commitmentIds()))
                .withParticipants(event.participants())
                .withDetails(null, null, event.notes())
                .addTo(rows);
        tallies.touched(event.meetingId());
    }

    @EventHandler
    void on(PlaceVisitReported event, @Timestamp Instant recordedAt, TrackingToken token, MetaData metaData) {
        Place place = event.place();
        new ReportView(event.visitId(), event.promiseId(), Processors.positionOf(token),
                ReportType.PLACE_VISIT, null, null, 1, event.visitedOn(), recordedAt, Author.of(metaData),
                Set.of(event.commitmentId()))
                .at(place == null ? null : place.name(), place == null ? null : place.area(),
                        place == null ? null : place.lat(), place == null ? null : place.lon())
                .withDetails(event.problemPicture(), event.measures(), null)
                .addTo(rows);
        tallies.touched(event.visitId());
    }

    @EventHandler
    void on(ActivityReported event, @Timestamp Instant recordedAt, TrackingToken token, MetaData metaData) {
        Place place = event.place();
        ReportView report = new ReportView(event.activityId(), event.promiseId(), Processors.positionOf(token),
                ReportType.ACTIVITY, null, event.kind(), event.count(), event.occurredOn(), recordedAt,
                Author.of(metaData), ids(event.commitmentIds()))
                .withDetails(null, null, event.notes());
        if (place != null) {
            report.at(place.name(), place.area(), place.lat(), place.lon());
        }
        report.addTo(rows);
        tallies.touched(event.activityId());
    }

    @EventHandler
    void on(ReportRetracted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt, MetaData metaData) {
        // The first retraction stands; a report cannot stop counting twice.
        new ReportRetraction(event.reportId(), event.promiseId(), eventId, recordedAt, event.reason(),
                Author.of(metaData)).addTo(rows);
        tallies.touched(event.reportId());
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE report_tally, report_retraction, report_commitment, report_view");
    }

    private static Set<String> ids(List<String> commitmentIds) {
        return commitmentIds == null ? Set.of() : new LinkedHashSet<>(commitmentIds);
    }
}
