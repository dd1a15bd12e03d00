package se.lofteskollen.command.lookup;

import se.lofteskollen.events.Party;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The lookup as a fixture test states it: which promises and commitments the other aggregates have recorded. */
public class InMemoryCommitmentDirectory implements CommitmentDirectory {

    private record CommitmentRow(String commitmentId, String promiseId, String code, Set<String> responsible,
                                 boolean withdrawn) {
    }

    /** What a promise defines unless a test says otherwise: Västervik's eight areas, the police and the municipality. */
    private static final Set<String> AREAS = Set.of("1", "2", "3", "4", "5", "6", "7", "8");
    private static final Set<String> PARTIES = Set.of(Party.POLICE.code(), Party.MUNICIPALITY.code());

    /** Who acts as each party unless a test says otherwise: the organisations of the parties' own codes. */
    private static final Map<String, String> ORGANISATIONS = Map.of(Party.POLICE.code(), Party.POLICE.code(),
            Party.MUNICIPALITY.code(), Party.MUNICIPALITY.code());

    private final Map<String, PromiseEntry> promises = new HashMap<>();
    private final Map<String, CommitmentRow> commitments = new LinkedHashMap<>();
    private final Map<String, ReportEntry> reports = new HashMap<>();
    private final Map<String, PromiseCodes> codes = new HashMap<>();

    public InMemoryCommitmentDirectory promise(String promiseId, int year) {
        promises.put(promiseId, new PromiseEntry(promiseId, year, false, ORGANISATIONS, null));
        codes.put(promiseId, new PromiseCodes(promiseId, AREAS, PARTIES));
        return this;
    }

    /** The promise's parties are acted on by these organisations (party code to organisation code). */
    public InMemoryCommitmentDirectory actedOnBy(String promiseId, Map<String, String> organisations) {
        PromiseEntry promise = promises.get(promiseId);
        promises.put(promiseId, new PromiseEntry(promiseId, promise.year(), promise.closed(), organisations, promise.predecessorId()));
        return this;
    }

    /** The promise defines these areas and parties (codes) instead of Västervik's. */
    public InMemoryCommitmentDirectory defining(String promiseId, Set<String> areas, Set<String> parties) {
        codes.put(promiseId, new PromiseCodes(promiseId, areas, parties));
        return this;
    }

    /** The promise renews {@code predecessorId} ("Förnya"). */
    public InMemoryCommitmentDirectory renewing(String promiseId, String predecessorId) {
        PromiseEntry promise = promises.get(promiseId);
        promises.put(promiseId, new PromiseEntry(promiseId, promise.year(), promise.closed(), promise.organisations(),
                predecessorId));
        return this;
    }

    public InMemoryCommitmentDirectory closed(String promiseId) {
        PromiseEntry promise = promises.get(promiseId);
        promises.put(promiseId, new PromiseEntry(promiseId, promise.year(), true, promise.organisations(), promise.predecessorId()));
        return this;
    }

    public InMemoryCommitmentDirectory commitment(String commitmentId, String promiseId, String code, Party... responsible) {
        return commitment(commitmentId, promiseId, code,
                Arrays.stream(responsible).map(Party::code).toArray(String[]::new));
    }

    /** A commitment answered for by parties of its promise, by their codes. */
    public InMemoryCommitmentDirectory commitment(String commitmentId, String promiseId, String code, String... responsible) {
        commitments.put(commitmentId, new CommitmentRow(commitmentId, promiseId, code, Set.of(responsible), false));
        return this;
    }

    public InMemoryCommitmentDirectory withdrawn(String commitmentId) {
        CommitmentRow row = commitments.get(commitmentId);
        commitments.put(commitmentId, new CommitmentRow(row.commitmentId(), row.promiseId(), row.code(),
                row.responsible(), true));
        return this;
    }

    /** A report on {@code commitmentIds} made by a member of the organisations {@code reportedBy}. */
    public InMemoryCommitmentDirectory reported(String reportId, List<String> commitmentIds, String... reportedBy) {
        reports.put(reportId, new ReportEntry(reportId, Set.of(reportedBy), commitmentIds));
        return this;
    }

    @Override
    public Optional<ReportEntry> report(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }

    @Override
    public Optional<PromiseEntry> promise(String promiseId) {
        return Optional.ofNullable(promises.get(promiseId));
    }

    @Override
    public Map<String, CommitmentEntry> commitments(Collection<String> commitmentIds) {
        Map<String, CommitmentEntry> found = new LinkedHashMap<>();
        for (String commitmentId : commitmentIds) {
            CommitmentRow row = commitments.get(commitmentId);
            if (row != null) {
                found.put(commitmentId, new CommitmentEntry(row.commitmentId(), promises.get(row.promiseId()),
                        row.code(), row.responsible(), row.withdrawn()));
            }
        }
        return found;
    }

    @Override
    public PromiseCodes codes(String promiseId) {
        return codes.getOrDefault(promiseId, new PromiseCodes(promiseId, Set.of(), Set.of()));
    }

    @Override
    public Optional<String> successorOf(String promiseId) {
        return promises.values().stream().filter(promise -> promiseId.equals(promise.predecessorId()))
                .map(PromiseEntry::promiseId).findFirst();
    }

    @Override
    public Optional<String> commitmentWithCode(String promiseId, String code) {
        return commitments.values().stream()
                .filter(row -> row.promiseId().equals(promiseId) && row.code().equals(code))
                .map(CommitmentRow::commitmentId)
                .findFirst();
    }
}
