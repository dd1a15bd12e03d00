package se.lofteskollen.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.query.access.PromiseReaders;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.BadParameter;
import se.lofteskollen.query.web.NotFound;
import se.lofteskollen.query.web.QueryParameters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

@RestController
@Tag(name = "Audit")
public class AuditController {

    static final int MAX_PAGE_SIZE = 1000;

    private final AuditEntryRepository entries;
    private final ReadYourWrites freshness;
    private final ObjectMapper json;
    private final Clock clock;
    private final PromiseReaders readers;

    public AuditController(AuditEntryRepository entries, ReadYourWrites freshness, ObjectMapper json, Clock clock,
                           PromiseReaders readers) {
        this.entries = entries;
        this.readers = readers;
        this.freshness = freshness;
        this.json = json;
        this.clock = clock;
    }

    public record Who(String userId, String name, String organisation, String role, String client) {
    }

    /**
     * One change.
     *
     * @param change        e.g. COMMITMENT_REVISED, PLACE_VISIT_REPORTED, REPORT_RETRACTED
     * @param changedFields for a revision, which of text, responsible and targets changed
     * @param commitmentIds the commitments the change concerns
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeEntry(String eventId, long position, Instant at, Who by, String promiseId, String subjectType,
                              String subjectId, List<String> commitmentIds, String change, List<String> changedFields,
                              JsonNode before, JsonNode after, String reason) {
    }

    public record ChangePage(String user, Instant from, Instant to, int page, int size, long total,
                             List<ChangeEntry> changes) {
    }

    @GetMapping("/api/commitments/{commitmentId}/history")
    @Transactional(readOnly = true)
    @Operation(summary = "Every change to a commitment, oldest first",
            description = "Pledge, revisions (before and after of text, responsible parties and targets, with the "
                    + "reason; the area and the parties by the codes of the promise's own), baselines, withdrawal, milestones, notes, and the reports on it and their retractions. "
                    + "Who made each change (user, organisation, role) comes from the event's metadata.")
    public List<ChangeEntry> history(
            @PathVariable String commitmentId,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.AUDIT);
        List<AuditEntry> history = entries.findHistoryOf(commitmentId);
        if (history.isEmpty()) {
            throw new NotFound("no commitment " + commitmentId);
        }
        return history.stream().map(this::entry).toList();
    }

    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    @Operation(summary = "The changes a user made, across commitments, in a period",
            description = "from and to are inclusive; each is an ISO-8601 instant or a date, which stands for the "
                    + "whole day in Swedish time. Without user, every user's changes. Only changes to promises the "
                    + "caller reads: those their organisations act in, or every one for the national reader.")
    public ChangePage audit(
            @Parameter(hidden = true) Authentication authentication,
            @Parameter(description = "The user id (login name) the events' metadata name") @RequestParam(required = false) String user,
            @Parameter(description = "Start, inclusive: an instant or a date. Defaults to the beginning.") @RequestParam(required = false) String from,
            @Parameter(description = "End, inclusive: an instant or a date. Defaults to now.") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "200") int size,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        Instant start = from == null ? Instant.EPOCH : instant("from", from, false);
        Instant end = to == null ? clock.instant() : instant("to", to, true);
        if (start.isAfter(end)) {
            throw new BadParameter("from", "from (" + from + ") is after to (" + to + ")");
        }
        if (page < 0) {
            throw new BadParameter("page", "page must be zero or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        freshness.awaitPosition(minPosition, Processors.AUDIT);
        PromiseReaders.Readable readable = readers.of(authentication);
        // A change of no promise the caller reads is no business of theirs; the national reader's are every one.
        Page<AuditEntry> changes = !readable.every() && readable.promiseIds().isEmpty() ? Page.empty(PageRequest.of(page, size))
                : entries.findChanges(user == null || user.isBlank() ? null : user, start, end, readable.every(),
                        readable.every() ? List.of("") : readable.promiseIds(), PageRequest.of(page, size));
        return new ChangePage(user, start, end, page, size, changes.getTotalElements(),
                changes.getContent().stream().map(this::entry).toList());
    }

    /** A date means its whole day in the service's zone: from its first instant, to its last microsecond. */
    private Instant instant(String field, String value, boolean endOfDay) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return endOfDay
                        ? day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minus(1, ChronoUnit.MICROS)
                        : day.atStartOfDay(clock.getZone()).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new BadParameter(field, field + " must be an ISO-8601 instant or a date YYYY-MM-DD, not '" + value + "'");
            }
        }
    }

    private ChangeEntry entry(AuditEntry entry) {
        return new ChangeEntry(entry.getEventId(), entry.getPosition(), entry.getRecordedAt(),
                new Who(entry.getUserId(), entry.getUserName(), entry.getOrganisation(), entry.getRole(), entry.getClient()),
                entry.getPromiseId(), entry.getSubjectType(), entry.getSubjectId(), List.copyOf(entry.getCommitmentIds()),
                entry.getChange(),
                entry.getChangedFields() == null ? null : Arrays.asList(entry.getChangedFields().split(",")),
                read(entry.getBefore()), read(entry.getAfter()), entry.getReason());
    }

    private JsonNode read(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit state is not readable", e);
        }
    }
}
