package se.lofteskollen.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.query.commitment.TargetsJson;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.RowBatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audit trail: one entry per event, with the author from the event's metadata. For a revision or a new
 * baseline the state before is the state after of the entry before it, which this projection wrote itself
 * (a commitment's events arrive in order, see PromiseEventSequencing).
 */
@Component
@ProcessingGroup(Processors.AUDIT)
public class AuditProjection {

    static final List<String> COMMITMENT_STATES = List.of(Change.COMMITMENT_PLEDGED.name(), Change.COMMITMENT_REVISED.name());
    static final List<String> REPORTS = List.of(Change.MEETING_RECORDED.name(), Change.PLACE_VISIT_REPORTED.name(),
            Change.ACTIVITY_REPORTED.name());

    public enum Change {
        PROMISE_CREATED, PROMISE_SIGNED, PROMISE_CLOSED,
        COMMITMENT_PLEDGED, COMMITMENT_REVISED, COMMITMENT_WITHDRAWN, BASELINE_SET, MILESTONE_REACHED,
        STATUS_NOTE_ADDED, MEETING_RECORDED, PLACE_VISIT_REPORTED, ACTIVITY_REPORTED, REPORT_RETRACTED
    }

    private final AuditEntryRepository entries;
    private final RowBatch rows;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditProjection(AuditEntryRepository entries, RowBatch rows, JdbcTemplate jdbc, ObjectMapper json) {
        this.entries = entries;
        this.rows = rows;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest entry of a subject, including entries of this batch not yet written. */
    private Optional<AuditEntry> latest(String subjectId, List<String> changes) {
        rows.flush();
        return entries.findFirstBySubjectIdAndChangeInOrderByPositionDesc(subjectId, changes);
    }

    /** What every handler knows about its event besides the payload. */
    record Recorded(String eventId, Instant at, MetaData metaData, TrackingToken token) {
    }

    @EventHandler
    void on(PromiseCreated event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData, TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "PROMISE", event.promiseId(),
                Change.PROMISE_CREATED, null, null, tree(event), null, List.of());
    }

    @EventHandler
    void on(PromiseSigned event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData, TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "PROMISE", event.promiseId(),
                Change.PROMISE_SIGNED, null, null, tree(event), null, List.of());
    }

    @EventHandler
    void on(PromiseClosed event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData, TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "PROMISE", event.promiseId(),
                Change.PROMISE_CLOSED, null, null, tree(event), null, List.of());
    }

    @EventHandler
    void on(CommitmentPledged event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        ObjectNode state = json.createObjectNode();
        state.put("code", event.code());
        state.put("priorityArea", event.priorityArea().name());
        state.put("text", event.text());
        state.set("responsible", responsible(event.responsible()));
        state.set("targets", targets(event.targets()));
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.COMMITMENT_PLEDGED, null, null, state, null, List.of(event.commitmentId()));
    }

    @EventHandler
    void on(CommitmentRevised event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        JsonNode before = latest(event.commitmentId(), COMMITMENT_STATES)
                .map(entry -> read(entry.getAfter())).orElse(null);
        ObjectNode after = before instanceof ObjectNode known ? known.deepCopy() : json.createObjectNode();
        after.put("text", event.text());
        after.set("responsible", responsible(event.responsible()));
        after.set("targets", targets(event.targets()));
        List<String> changed = new ArrayList<>();
        for (String field : List.of("text", "responsible", "targets")) {
            if (before == null || !after.get(field).equals(before.get(field))) {
                changed.add(field);
            }
        }
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.COMMITMENT_REVISED, changed, before, after, event.reason(), List.of(event.commitmentId()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.COMMITMENT_WITHDRAWN, List.of("status"), json.createObjectNode().put("status", "ACTIVE"),
                json.createObjectNode().put("status", "WITHDRAWN"), event.reason(), List.of(event.commitmentId()));
    }

    @EventHandler
    void on(BaselineSet event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData, TrackingToken token) {
        JsonNode before = latest(event.commitmentId(), List.of(Change.BASELINE_SET.name()))
                .map(entry -> read(entry.getAfter())).orElse(null);
        ObjectNode after = json.createObjectNode().put("value", event.value()).put("basis", event.basis());
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.BASELINE_SET, List.of("baseline"), before, after, null, List.of(event.commitmentId()));
    }

    @EventHandler
    void on(MilestoneReached event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.MILESTONE_REACHED, null, null, tree(event), null, List.of(event.commitmentId()));
    }

    @EventHandler
    void on(StatusNoteAdded event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "COMMITMENT", event.commitmentId(),
                Change.STATUS_NOTE_ADDED, null, null, tree(event), null, List.of(event.commitmentId()));
    }

    @EventHandler
    void on(MeetingRecorded event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "REPORT", event.meetingId(),
                Change.MEETING_RECORDED, null, null, tree(event), null, orEmpty(event.commitmentIds()));
    }

    @EventHandler
    void on(PlaceVisitReported event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "REPORT", event.visitId(),
                Change.PLACE_VISIT_REPORTED, null, null, tree(event), null, List.of(event.commitmentId()));
    }

    @EventHandler
    void on(ActivityReported event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        record(new Recorded(id, at, metaData, token), event.promiseId(), "REPORT", event.activityId(),
                Change.ACTIVITY_REPORTED, null, null, tree(event), null, orEmpty(event.commitmentIds()));
    }

    @EventHandler
    void on(ReportRetracted event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData,
            TrackingToken token) {
        Set<String> commitmentIds = latest(event.reportId(), REPORTS)
                .map(AuditEntry::getCommitmentIds).map(LinkedHashSet::new).orElseGet(LinkedHashSet::new);
        record(new Recorded(id, at, metaData, token), event.promiseId(), "REPORT", event.reportId(),
                Change.REPORT_RETRACTED, List.of("counts"), json.createObjectNode().put("counts", true),
                json.createObjectNode().put("counts", false), event.reason(), commitmentIds);
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE audit_entry_commitment, audit_entry");
    }

    private void record(Recorded recorded, String promiseId, String subjectType, String subjectId, Change change,
                        List<String> changedFields, JsonNode before, JsonNode after, String reason,
                        Collection<String> commitmentIds) {
        MetaData metaData = recorded.metaData();
        new AuditEntry(recorded.eventId(), Processors.positionOf(recorded.token()), recorded.at(),
                AuditMetaData.userId(metaData), AuditMetaData.userName(metaData), AuditMetaData.organisation(metaData),
                AuditMetaData.role(metaData), metaData.get(AuditMetaData.CLIENT) == null ? null
                        : metaData.get(AuditMetaData.CLIENT).toString(),
                promiseId, subjectType, subjectId, change.name(),
                changedFields == null || changedFields.isEmpty() ? null : String.join(",", changedFields),
                write(before), write(after), reason, new LinkedHashSet<>(commitmentIds)).addTo(rows);
    }

    private JsonNode responsible(Collection<Party> parties) {
        return tree(parties == null ? List.of() : parties.stream().map(Party::name).sorted().toList());
    }

    private JsonNode targets(List<Target> targets) {
        return read(TargetsJson.write(json, targets));
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    private JsonNode read(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit state is not readable", e);
        }
    }

    private String write(JsonNode state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit state could not be written", e);
        }
    }
}
