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
import se.lofteskollen.events.PromiseEvent;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The audit trail: one entry per event, with the author from the event's metadata. What an entry says of its
 * event — the change word, what it is about, the state before and after — is one line of {@link #changes} per
 * event type. For a revision or a new baseline the state before is the state after of the entry before it, which
 * this projection wrote itself (a commitment's events arrive in order, see PromiseEventSequencing).
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

    /** What an entry records of its event besides the author: which fields changed, from what, to what, and why. */
    record State(List<String> changedFields, JsonNode before, JsonNode after, String reason) {

        /** An event that changes no earlier state: the entry shows what it recorded. */
        static State recorded(JsonNode after) {
            return new State(null, null, after, null);
        }
    }

    /**
     * How one event type is audited. Its subject is what the event is ordered with (its {@link PromiseEvent#sequenceId}):
     * the promise, the commitment, or the report.
     */
    record Mapping<E extends PromiseEvent>(Class<E> type, Change change, String subjectType,
                                           Function<E, Collection<String>> commitmentIds, Function<E, State> state) {
    }

    private final Map<Class<?>, Mapping<?>> changes = Map.ofEntries(
            promise(PromiseCreated.class, Change.PROMISE_CREATED, this::itself),
            promise(PromiseSigned.class, Change.PROMISE_SIGNED, this::itself),
            promise(PromiseClosed.class, Change.PROMISE_CLOSED, this::itself),
            commitment(CommitmentPledged.class, Change.COMMITMENT_PLEDGED, this::pledged),
            commitment(CommitmentRevised.class, Change.COMMITMENT_REVISED, this::revised),
            commitment(CommitmentWithdrawn.class, Change.COMMITMENT_WITHDRAWN,
                    event -> flip("status", "ACTIVE", "WITHDRAWN", event.reason())),
            commitment(BaselineSet.class, Change.BASELINE_SET, this::baseline),
            commitment(MilestoneReached.class, Change.MILESTONE_REACHED, this::itself),
            commitment(StatusNoteAdded.class, Change.STATUS_NOTE_ADDED, this::itself),
            report(MeetingRecorded.class, Change.MEETING_RECORDED, event -> orEmpty(event.commitmentIds()), this::itself),
            report(PlaceVisitReported.class, Change.PLACE_VISIT_REPORTED, event -> List.of(event.commitmentId()), this::itself),
            report(ActivityReported.class, Change.ACTIVITY_REPORTED, event -> orEmpty(event.commitmentIds()), this::itself),
            report(ReportRetracted.class, Change.REPORT_RETRACTED, this::reportedOn,
                    event -> flip("counts", true, false, event.reason())));

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

    /** The event types this projection audits: every event of the published language, each by its own mapping. */
    Set<Class<?>> audited() {
        return changes.keySet();
    }

    /** Every event of the published language; one without a mapping is an audit gap, refused rather than skipped. */
    @EventHandler
    void on(PromiseEvent event, @MessageIdentifier String id, @Timestamp Instant at, MetaData metaData, TrackingToken token) {
        Mapping<?> mapping = changes.get(event.getClass());
        if (mapping == null) {
            throw new IllegalStateException("the audit has no change for " + event.getClass().getName());
        }
        record(mapping, event, id, at, metaData, token);
    }

    private <E extends PromiseEvent> void record(Mapping<E> mapping, PromiseEvent payload, String eventId, Instant at,
                                                 MetaData metaData, TrackingToken token) {
        E event = mapping.type().cast(payload);
        Collection<String> commitmentIds = mapping.commitmentIds().apply(event);
        State state = mapping.state().apply(event);
        new AuditEntry(eventId, Processors.positionOf(token), at,
                AuditMetaData.userId(metaData), AuditMetaData.userName(metaData), AuditMetaData.organisation(metaData),
                AuditMetaData.role(metaData), metaData.get(AuditMetaData.CLIENT) == null ? null
                        : metaData.get(AuditMetaData.CLIENT).toString(),
                event.promiseId(), mapping.subjectType(), event.sequenceId(), mapping.change().name(),
                state.changedFields() == null || state.changedFields().isEmpty() ? null
                        : String.join(",", state.changedFields()),
                write(state.before()), write(state.after()), state.reason(), new LinkedHashSet<>(commitmentIds))
                .addTo(rows);
    }

    private static <E extends PromiseEvent> Map.Entry<Class<?>, Mapping<?>> promise(Class<E> type, Change change,
                                                                                     Function<E, State> state) {
        return Map.entry(type, new Mapping<>(type, change, "PROMISE", event -> List.of(), state));
    }

    private static <E extends PromiseEvent> Map.Entry<Class<?>, Mapping<?>> commitment(Class<E> type, Change change,
                                                                                        Function<E, State> state) {
        return Map.entry(type, new Mapping<>(type, change, "COMMITMENT", event -> List.of(event.sequenceId()), state));
    }

    private static <E extends PromiseEvent> Map.Entry<Class<?>, Mapping<?>> report(
            Class<E> type, Change change, Function<E, Collection<String>> commitmentIds, Function<E, State> state) {
        return Map.entry(type, new Mapping<>(type, change, "REPORT", commitmentIds, state));
    }

    private State itself(PromiseEvent event) {
        return State.recorded(tree(event));
    }

    private State pledged(CommitmentPledged event) {
        ObjectNode state = json.createObjectNode();
        state.put("code", event.code());
        state.put("priorityArea", event.priorityArea());
        state.put("text", event.text());
        state.set("responsible", responsible(event.responsible()));
        state.set("targets", targets(event.targets()));
        return State.recorded(state);
    }

    private State revised(CommitmentRevised event) {
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
        return new State(changed, before, after, event.reason());
    }

    private State baseline(BaselineSet event) {
        JsonNode before = latest(event.commitmentId(), List.of(Change.BASELINE_SET.name()))
                .map(entry -> read(entry.getAfter())).orElse(null);
        ObjectNode after = json.createObjectNode().put("value", event.value()).put("basis", event.basis());
        return new State(List.of("baseline"), before, after, null);
    }

    /** A retraction is in the history of the commitments its report was on. */
    private Collection<String> reportedOn(ReportRetracted event) {
        return latest(event.reportId(), REPORTS)
                .map(AuditEntry::getCommitmentIds).map(LinkedHashSet::new).orElseGet(LinkedHashSet::new);
    }

    /** One field turned from one value to another. */
    private State flip(String field, Object before, Object after, String reason) {
        return new State(List.of(field), json.createObjectNode().set(field, tree(before)),
                json.createObjectNode().set(field, tree(after)), reason);
    }

    /** The newest entry of a subject, including entries of this batch not yet written. */
    private Optional<AuditEntry> latest(String subjectId, List<String> changes) {
        rows.flush();
        return entries.findFirstBySubjectIdAndChangeInOrderByPositionDesc(subjectId, changes);
    }

    @ResetHandler
    void forgetEverything() {
        // TRUNCATE, not DELETE: a rebuild then writes into fresh tables and indexes instead of beside a million
        // dead rows; it is transactional, so a failed reset leaves the old read model in place.
        jdbc.execute("TRUNCATE audit_entry_commitment, audit_entry");
    }

    private JsonNode responsible(Collection<String> parties) {
        return tree(parties == null ? List.of() : parties.stream().sorted().toList());
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
