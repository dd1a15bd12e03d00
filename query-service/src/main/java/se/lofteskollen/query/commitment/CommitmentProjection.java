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
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.query.readmodels.Processors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Commitments, every version of them, their baselines, milestones and status notes. Each row is keyed
 * by the event that made it (or guarded by the last position applied), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(Processors.COMMITMENTS)
public class CommitmentProjection {

    private final CommitmentViewRepository commitments;
    private final CommitmentVersionRepository versions;
    private final CommitmentBaselineRepository baselines;
    private final MilestoneViewRepository milestones;
    private final StatusNoteViewRepository notes;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public CommitmentProjection(CommitmentViewRepository commitments, CommitmentVersionRepository versions,
                                CommitmentBaselineRepository baselines, MilestoneViewRepository milestones,
                                StatusNoteViewRepository notes, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.commitments = commitments;
        this.versions = versions;
        this.baselines = baselines;
        this.milestones = milestones;
        this.notes = notes;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(CommitmentPledged event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token) {
        if (commitments.findById(event.commitmentId()).isPresent()) {
            return;
        }
        long position = Processors.positionOf(token);
        String responsible = Party.joined(event.responsible());
        String targets = targets(event.targets());
        commitments.save(new CommitmentView(event.commitmentId(), event.promiseId(), event.code(),
                event.priorityArea().name(), responsible, event.text(), targets, recordedAt, position));
        versions.save(new CommitmentVersion(eventId, event.commitmentId(), event.promiseId(), position, recordedAt,
                event.text(), responsible, targets, null));
    }

    @EventHandler
    void on(CommitmentRevised event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token) {
        long position = Processors.positionOf(token);
        String responsible = Party.joined(event.responsible());
        String targets = targets(event.targets());
        if (versions.findById(eventId).isEmpty()) {
            versions.save(new CommitmentVersion(eventId, event.commitmentId(), event.promiseId(), position, recordedAt,
                    event.text(), responsible, targets, event.reason()));
        }
        commitments.findById(event.commitmentId())
                .filter(commitment -> commitment.advanceTo(position))
                .ifPresent(commitment -> commitment.revise(event.text(), responsible, targets, recordedAt));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = Processors.positionOf(token);
        commitments.findById(event.commitmentId())
                .filter(commitment -> commitment.advanceTo(position))
                .ifPresent(commitment -> commitment.withdraw(event.reason(), recordedAt));
    }

    @EventHandler
    void on(BaselineSet event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt, TrackingToken token) {
        if (baselines.findById(eventId).isEmpty()) {
            baselines.save(new CommitmentBaseline(eventId, event.commitmentId(), event.promiseId(),
                    Processors.positionOf(token), recordedAt, event.value(), event.basis()));
        }
    }

    @EventHandler
    void on(MilestoneReached event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token, MetaData metaData) {
        if (milestones.findById(eventId).isEmpty()) {
            milestones.save(new MilestoneView(eventId, event.commitmentId(), event.promiseId(),
                    Processors.positionOf(token), event.milestone(), event.reachedOn(), event.notes(), recordedAt,
                    Author.of(metaData)));
        }
    }

    @EventHandler
    void on(StatusNoteAdded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt,
            TrackingToken token, MetaData metaData) {
        if (notes.findById(eventId).isEmpty()) {
            LocalDate writtenOn = LocalDate.ofInstant(recordedAt, clock.getZone());
            notes.save(new StatusNoteView(eventId, event.commitmentId(), event.promiseId(),
                    Processors.positionOf(token), event.note(), writtenOn, recordedAt, Author.of(metaData)));
        }
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.update("DELETE FROM status_note_view");
        jdbc.update("DELETE FROM milestone_view");
        jdbc.update("DELETE FROM commitment_baseline");
        jdbc.update("DELETE FROM commitment_version");
        jdbc.update("DELETE FROM commitment_view");
    }

    private String targets(List<Target> targets) {
        return TargetsJson.write(json, targets);
    }
}
