package se.lofteskollen.command.lookup;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.platform.eventstore.AppendCondition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory in the command-service's lookup tables. It reads through the command's own
 * transaction, so a command sees everything committed before it.
 *
 * <p>Why a report's rules hold exactly, with any number of command-service instances on one database: the
 * commitments and their promise are read with {@code FOR SHARE}, in the report's transaction. A withdrawal,
 * a revision of who answers, or a closing changes those rows (the lookup projection, in the changing command's
 * own transaction), which takes a lock that conflicts with {@code FOR SHARE}. So either the change has committed
 * before the report reads (PostgreSQL then hands the locking read the newest row, and the report sees the
 * withdrawal, wherever it was made), or the change waits until the report has committed, and follows it.
 * No report commits on a commitment whose withdrawal committed before it; there is no window between the check
 * and the append. The one read serves the permission check and the aggregate alike: it is kept for the rest of
 * the command (a resource of its unit of work), and the lock guarantees it stays true until the commit.
 *
 * <p>A new report ({@link CheckedAtAppend}) is decided without that read: on the commitments as this instance
 * {@linkplain RememberedCommitments remembers} them, and its INSERT states that they are still as remembered, locking
 * them {@code FOR SHARE} in that statement ({@link AppendCondition}). The same two cases hold: a change committed
 * before the INSERT makes its condition false (and the report is decided again, on what holds now), and a change not
 * yet committed either waits for the report's statement or makes the statement wait for it, and then see it. So a
 * report is one statement, one round trip, and holds exactly as the transactional read did.
 *
 * <p>Who made a report is read from its first event, whose metadata holds the reporter's organisation: a
 * retraction is rare, and a report then needs no lookup row of its own.
 */
@Component
class JdbcCommitmentDirectory implements CommitmentDirectory {

    /** Which organisation acts as each party of promise {@code p}, as {@code POLICE=LPO_VIMMERBY,…}. */
    private static final String ORGANISATIONS = "(SELECT string_agg(pp.code || '=' || pp.organisation, ',') "
            + "FROM promise_party_lookup pp WHERE pp.promise_id = p.promise_id)";

    private static final String READ_IN_THIS_COMMAND = JdbcCommitmentDirectory.class.getName() + ".commitments";

    /**
     * Every commitment read is still as it was read, and so is its promise; locked like the reads of a transaction,
     * so that a change committing meanwhile is seen ({@code FOR SHARE} takes the newest version of a row it waited
     * for, and tests it again).
     */
    private static final String STILL_AS_READ = """
            (SELECT count(*) FROM (SELECT 1 FROM commitment_lookup c
                JOIN promise_lookup p ON p.promise_id = c.promise_id
                JOIN unnest(?::text[], ?::text[], ?::boolean[], ?::boolean[])
                    AS decided (commitment_id, responsible, withdrawn, closed)
                    ON decided.commitment_id = c.commitment_id
                WHERE c.responsible = decided.responsible AND c.withdrawn = decided.withdrawn
                    AND p.closed = decided.closed
                FOR SHARE OF c, p) still) = ?""";

    private final JdbcTemplate jdbc;
    private final RememberedCommitments remembered;

    JdbcCommitmentDirectory(JdbcTemplate jdbc, RememberedCommitments remembered) {
        this.jdbc = jdbc;
        this.remembered = remembered;
    }

    @Override
    public Optional<PromiseEntry> promise(String promiseId) {
        // Locked like the commitments: a retraction or a pledge never commits after a closing it did not see.
        return jdbc.query("SELECT p.promise_id, p.year, p.closed, " + ORGANISATIONS
                                + ", p.predecessor_id FROM promise_lookup p WHERE p.promise_id = ? FOR SHARE",
                        (row, n) -> new PromiseEntry(row.getString(1), row.getInt(2), row.getBoolean(3),
                                organisations(row.getString(4)), row.getString(5)), promiseId)
                .stream().findFirst();
    }

    @Override
    public Map<String, CommitmentEntry> commitments(Collection<String> commitmentIds) {
        if (!CurrentUnitOfWork.isStarted()) {
            return read(commitmentIds, false);
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get().root();
        Map<Set<String>, Map<String, CommitmentEntry>> readInThisCommand =
                command.getOrComputeResource(READ_IN_THIS_COMMAND, key -> new HashMap<>());
        return readInThisCommand.computeIfAbsent(new HashSet<>(commitmentIds),
                ids -> command.getMessage().getPayload() instanceof CheckedAtAppend
                        ? recall(ids, command) : read(ids, true));
    }

    /** As remembered, with the append's condition that they still are; forgotten if the command fails. */
    private Map<String, CommitmentEntry> recall(Set<String> commitmentIds, UnitOfWork<?> command) {
        Map<String, CommitmentEntry> found = remembered.recall(commitmentIds, ids -> read(ids, false));
        if (!found.isEmpty()) {
            AppendCondition.requireForCurrentUnitOfWork(stillAsRead(found.values()));
            command.onRollback(failed -> remembered.forget(found.keySet()));
        }
        return found;
    }

    private static AppendCondition stillAsRead(Collection<CommitmentEntry> entries) {
        return new AppendCondition(STILL_AS_READ, List.of(
                entries.stream().map(CommitmentEntry::commitmentId).toArray(String[]::new),
                entries.stream().map(entry -> NameList.join(entry.responsible())).toArray(String[]::new),
                entries.stream().map(CommitmentEntry::withdrawn).toArray(Boolean[]::new),
                entries.stream().map(entry -> entry.promise().closed()).toArray(Boolean[]::new),
                (long) entries.size()));
    }

    private Map<String, CommitmentEntry> read(Collection<String> commitmentIds, boolean locked) {
        Map<String, CommitmentEntry> found = new LinkedHashMap<>();
        if (commitmentIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT c.commitment_id, c.code, c.responsible, c.withdrawn, p.promise_id, p.year, p.closed, "
                    + ORGANISATIONS + """
                    , p.predecessor_id
                    FROM commitment_lookup c JOIN promise_lookup p ON p.promise_id = c.promise_id
                    WHERE c.commitment_id = ANY (?)""" + (locked ? " FOR SHARE" : ""));
            statement.setArray(1, connection.createArrayOf("varchar", commitmentIds.toArray()));
            return statement;
        }, row -> {
            PromiseEntry promise = new PromiseEntry(row.getString(5), row.getInt(6), row.getBoolean(7),
                    organisations(row.getString(8)), row.getString(9));
            found.put(row.getString(1), new CommitmentEntry(row.getString(1), promise, row.getString(2),
                    Set.copyOf(NameList.split(row.getString(3))), row.getBoolean(4)));
        });
        return found;
    }

    @Override
    public PromiseCodes codes(String promiseId) {
        return new PromiseCodes(promiseId,
                Set.copyOf(jdbc.queryForList("SELECT code FROM promise_area_lookup WHERE promise_id = ?", String.class, promiseId)),
                Set.copyOf(jdbc.queryForList("SELECT code FROM promise_party_lookup WHERE promise_id = ?", String.class, promiseId)));
    }

    @Override
    public Optional<String> successorOf(String promiseId) {
        return jdbc.queryForList("SELECT promise_id FROM promise_lookup WHERE predecessor_id = ?", String.class,
                promiseId).stream().findFirst();
    }

    @Override
    public Optional<String> commitmentWithCode(String promiseId, String code) {
        return jdbc.queryForList("SELECT commitment_id FROM commitment_lookup WHERE promise_id = ? AND code = ?",
                String.class, promiseId, code).stream().findFirst();
    }

    @Override
    public Optional<ReportEntry> report(String reportId) {
        // A meeting or an activity names its commitments in commitmentIds, a place visit in commitmentId.
        return jdbc.query("""
                        SELECT convert_from(meta_data, 'UTF8')::jsonb ->> ?,
                               (SELECT string_agg(id, ',') FROM jsonb_array_elements_text(
                                   COALESCE(payload -> 'commitmentIds', jsonb_build_array(payload -> 'commitmentId'))) id)
                        FROM (SELECT meta_data, convert_from(payload, 'UTF8')::jsonb AS payload FROM domain_event_entry
                              WHERE aggregate_identifier = ? AND sequence_number = 0
                                AND payload_type IN (?, ?, ?)) report""",
                (row, n) -> new ReportEntry(reportId, organisationCodes(row.getString(1)), NameList.split(row.getString(2))),
                AuditMetaData.ORGANISATION, reportId, MeetingRecorded.class.getName(),
                PlaceVisitReported.class.getName(), ActivityReported.class.getName())
                .stream().findFirst();
    }

    /** The organisations a text of the audit's metadata names ({@code "MUNICIPALITY,POLICE"}). */
    private static Set<String> organisationCodes(String joined) {
        Set<String> codes = new TreeSet<>();
        NameList.split(joined).forEach(name -> Organisations.code(name).ifPresent(codes::add));
        return codes;
    }

    private static Map<String, String> organisations(String joined) {
        Map<String, String> organisations = new HashMap<>();
        for (String pair : NameList.split(joined)) {
            int at = pair.indexOf('=');
            organisations.put(pair.substring(0, at), pair.substring(at + 1));
        }
        return organisations;
    }
}
