package se.lofteskollen.command.lookup;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.PlaceVisitReported;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Who made a report is read from its first event, whose metadata holds the reporter's organisation: a
 * retraction is rare, and a report then needs no lookup row of its own.
 */
@Component
class JdbcCommitmentDirectory implements CommitmentDirectory {

    /** Which organisation acts as each party of promise {@code p}, as {@code POLICE=LPO_VIMMERBY,…}. */
    private static final String ORGANISATIONS = "(SELECT string_agg(pp.code || '=' || pp.organisation, ',') "
            + "FROM promise_party_lookup pp WHERE pp.promise_id = p.promise_id)";

    private static final String READ_IN_THIS_COMMAND = JdbcCommitmentDirectory.class.getName() + ".commitments";

    private final JdbcTemplate jdbc;

    JdbcCommitmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
            return read(commitmentIds);
        }
        Map<Set<String>, Map<String, CommitmentEntry>> readInThisCommand =
                CurrentUnitOfWork.get().root().getOrComputeResource(READ_IN_THIS_COMMAND, key -> new HashMap<>());
        return readInThisCommand.computeIfAbsent(new HashSet<>(commitmentIds), this::read);
    }

    private Map<String, CommitmentEntry> read(Collection<String> commitmentIds) {
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
                    WHERE c.commitment_id = ANY (?)
                    FOR SHARE""");
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
