package se.lofteskollen.query.commitment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Commitments, every version of them, their baselines, milestones and status notes, written through the batch's
 * {@link RowBatch}. Each row is keyed by the event that made it, and each change guarded by what it changes, so a
 * redelivered event changes nothing.
 */
@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class CommitmentProjection {

    private final RowBatch rows;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public CommitmentProjection(RowBatch rows, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(CommitmentPledged event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token) {
        long position = Processors.positionOf(token);
        String responsible = NameList.join(event.responsible());
        String targets = targets(event.targets());
        new CommitmentView(event.commitmentId(), event.promiseId(), event.code(), event.priorityArea(),
                responsible, event.text(), targets, event.predecessorId(), recordedAt, position).addTo(rows);
        new CommitmentVersion(eventId, event.commitmentId(), event.promiseId(), position, recordedAt, event.text(),
                responsible, targets, null).addTo(rows);
    }

    @EventHandler
    void on(CommitmentRevised event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token) {
        long position = Processors.positionOf(token);
        String responsible = NameList.join(event.responsible());
        String targets = targets(event.targets());
        new CommitmentVersion(eventId, event.commitmentId(), event.promiseId(), position, recordedAt, event.text(),
                responsible, targets, event.reason()).addTo(rows);
        CommitmentView.revise(rows, event.commitmentId(), position, event.text(), responsible, targets, recordedAt);
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @Timestamp Instant recordedAt) {
        CommitmentView.withdraw(rows, event.commitmentId(), event.reason(), recordedAt);
    }

    @EventHandler
    void on(BaselineSet event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt, TrackingToken token) {
        new CommitmentBaseline(eventId, event.commitmentId(), event.promiseId(), Processors.positionOf(token),
                recordedAt, event.value(), event.basis()).addTo(rows);
    }

    @EventHandler
    void on(MilestoneReached event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token, MetaData metaData) {
        new MilestoneView(eventId, event.commitmentId(), event.promiseId(), Processors.positionOf(token),
                event.milestone(), event.reachedOn(), event.notes(), recordedAt, Author.of(metaData)).addTo(rows);
    }

    @EventHandler
    void on(StatusNoteAdded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token, MetaData metaData) {
        LocalDate writtenOn = LocalDate.ofInstant(recordedAt, clock.getZone());
        new StatusNoteView(eventId, event.commitmentId(), event.promiseId(), Processors.positionOf(token),
                event.note(), writtenOn, recordedAt, Author.of(metaData)).addTo(rows);
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE status_note_view, milestone_view, commitment_baseline, commitment_version, commitment_view");
    }

    private String targets(List<Target> targets) {
        return TargetsJson.write(json, targets);
    }
}
