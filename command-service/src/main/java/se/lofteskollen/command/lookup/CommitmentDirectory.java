package se.lofteskollen.command.lookup;

import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the command side knows across aggregates: which promises exist (their year, whether closed),
 * which commitments (their promise, code, responsible parties, whether withdrawn) and which
 * organisation made each report. Aggregates and the permission check
 * ask it for the rules one aggregate cannot decide alone; it is kept in the same transaction as the
 * events, so it is never behind what was accepted. A new report is decided on what an instance remembers of it,
 * and its append checks that this still holds ({@link CheckedAtAppend}).
 */
public interface CommitmentDirectory {

    Optional<PromiseEntry> promise(String promiseId);

    /**
     * The commitments among {@code commitmentIds} that exist; unknown ids are left out. Within a command, asked
     * twice for the same ids (by the permission check, then by the aggregate), it answers what it read the first
     * time, and what it read cannot change until the command's transaction ends (for a command
     * {@link CheckedAtAppend}: until its append, which fails if it did).
     */
    Map<String, CommitmentEntry> commitments(Collection<String> commitmentIds);

    /** The codes of a promise's own priority areas and parties: what its commitments may name. */
    PromiseCodes codes(String promiseId);

    /** The commitment that already uses {@code code} in the promise, if any. */
    Optional<String> commitmentWithCode(String promiseId, String code);

    /** A meeting, place visit or activity recorded under {@code reportId}, if any, and who recorded it. */
    Optional<ReportEntry> report(String reportId);

    default Optional<CommitmentEntry> commitment(String commitmentId) {
        return Optional.ofNullable(commitments(Set.of(commitmentId)).get(commitmentId));
    }

    /** The promise renewed from {@code promiseId} ("Förnya"), if any: a promise is renewed once. */
    Optional<String> successorOf(String promiseId);

    /**
     * @param organisations which organisation acts as each of the promise's parties: party code to organisation
     *                      code ({@link se.lofteskollen.events.promise.PromiseParty#organisation()})
     * @param predecessorId the promise it renews, or null
     */
    record PromiseEntry(String promiseId, int year, boolean closed, Map<String, String> organisations,
                        String predecessorId) {

        public PromiseEntry {
            organisations = Map.copyOf(organisations);
        }

        /** Whether any of {@code memberOrganisations} acts as a party of this promise. */
        public boolean isOneOf(Collection<String> memberOrganisations) {
            return organisations.values().stream().anyMatch(memberOrganisations::contains);
        }

        /** The organisations acting as the parties {@code partyCodes} in this promise. */
        public Set<String> actingAs(Collection<String> partyCodes) {
            Set<String> acting = new TreeSet<>();
            partyCodes.stream().map(organisations::get).filter(Objects::nonNull).forEach(acting::add);
            return acting;
        }

        /** A closed year has been followed up: nothing more is pledged, changed or reported in it. */
        public void requireOpen() {
            if (closed) {
                throw new Conflict(null, "refusal.promise.closed", promiseId);
            }
        }

        /** What is reported happened in the promise year, and has happened (not later than today). */
        public void requireReportable(LocalDate date, String field, LocalDate today) {
            if (date.getYear() != year) {
                throw new InvalidCommand(field, "refusal.date.outsidePromiseYear", year);
            }
            if (date.isAfter(today)) {
                throw new InvalidCommand(field, "refusal.date.future");
            }
        }
    }

    /** {@code responsible}: codes of the promise's parties. */
    record CommitmentEntry(String commitmentId, PromiseEntry promise, String code, Set<String> responsible,
                           boolean withdrawn) {
    }

    /** The codes a promise defined; they never change once it is created. */
    record PromiseCodes(String promiseId, Set<String> priorityAreas, Set<String> parties) {

        public void requirePriorityArea(String field, String code) {
            if (!priorityAreas.contains(code)) {
                throw new InvalidCommand(field, "refusal.promise.notPriorityArea", promiseId, sorted(priorityAreas));
            }
        }

        public void requireParties(String field, Set<String> codes) {
            for (String code : codes) {
                if (!parties.contains(code)) {
                    throw new InvalidCommand(field, "refusal.promise.notParty", code, promiseId, sorted(parties));
                }
            }
        }

        private static String sorted(Set<String> codes) {
            return String.join(", ", new TreeSet<>(codes));
        }
    }

    /**
     * @param reportedBy    the organisations of the reporter, by code (empty when the service itself recorded it)
     * @param commitmentIds the commitments the report counts toward
     */
    record ReportEntry(String reportId, Set<String> reportedBy, List<String> commitmentIds) {

        public ReportEntry {
            reportedBy = Set.copyOf(reportedBy);
            commitmentIds = List.copyOf(commitmentIds);
        }
    }
}
