package se.lofteskollen.command.draft;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.draft.PromiseDraft.Finding;
import se.lofteskollen.command.draft.PromiseDraft.NewCommitment;
import se.lofteskollen.command.draft.PromiseDraft.NewPromise;
import se.lofteskollen.command.draft.PromiseDraft.Note;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Förnya": next year's promise drafted from this year's, to confirm as any draft is confirmed: the same areas,
 * parties (with their organisations), police region and county; each commitment still in force carried on, with its
 * text and targets as last revised, a year later, and linked to the one it carries on so that the dashboard can
 * compare them. Nothing is stored; the coordinator changes what the new year needs before sending.
 */
@Component
public class Renewals {

    private static final Comparator<LastYear.Commitment> DOCUMENT_ORDER =
            Comparator.comparing(LastYear.Commitment::code, CommitmentCodes.ORDER);

    /** A promise a coordinator may renew: theirs, not renewed yet. */
    public record Renewable(String promiseId, int year) {
    }

    private final LastYear lastYear;
    private final CommitmentDirectory directory;
    private final JdbcTemplate jdbc;

    Renewals(LastYear lastYear, CommitmentDirectory directory, JdbcTemplate jdbc) {
        this.lastYear = lastYear;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * Next year's promise drafted from {@code promiseId}, for one of its own coordinators; refused when there is no
     * such promise (404), it is not theirs (403) or it was renewed already (409).
     */
    public PromiseDraft draftFor(String promiseId, Member coordinator) {
        PromiseEntry promise = directory.promise(promiseId)
                .orElseThrow(() -> new NotFound("promiseId", "refusal.promise.notFound", promiseId));
        if (!coordinator.is(Roles.COORDINATOR) || !promise.isOneOf(coordinator.organisations())) {
            throw new NotPermitted("promiseId", "refusal.access.renewOwnOnly", promiseId);
        }
        directory.successorOf(promiseId).ifPresent(successor -> {
            throw new Conflict("promiseId", "refusal.promise.alreadyRenewed", promiseId, successor);
        });
        return of(promiseId);
    }

    /** The promises {@code coordinator}'s organisations act in that are not renewed yet, newest year first. */
    public List<Renewable> renewableBy(Member coordinator) {
        if (!coordinator.is(Roles.COORDINATOR) || coordinator.organisations().isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT p.promise_id, p.year FROM promise_lookup p
                    WHERE NOT EXISTS (SELECT 1 FROM promise_lookup s WHERE s.predecessor_id = p.promise_id)
                      AND EXISTS (SELECT 1 FROM promise_party_lookup pp
                                  WHERE pp.promise_id = p.promise_id AND pp.organisation = ANY (?))
                    ORDER BY p.year DESC, p.promise_id""");
            statement.setArray(1, connection.createArrayOf("varchar", coordinator.organisations().toArray()));
            return statement;
        }, (row, n) -> new Renewable(row.getString(1), row.getInt(2)));
    }

    PromiseDraft of(String promiseId) {
        PromiseCreated promise = lastYear.promise(promiseId);
        int year = promise.year() + 1;
        List<Finding> findings = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        NewPromise next = new NewPromise(year, nextYear(promise.title(), promise.year()), promise.policeArea(),
                promise.municipality(), promise.priorityAreas(), promise.parties(), promise.policeRegion(),
                promise.county(), promiseId);
        findings.add(new Finding(null, "predecessorId", promiseId, "förnyat från " + promise.title()));
        List<NewCommitment> commitments = new ArrayList<>();
        for (LastYear.Commitment commitment : lastYear.commitmentsOf(promiseId).stream().sorted(DOCUMENT_ORDER).toList()) {
            if (commitment.withdrawn()) {
                notes.add(new Note(commitment.code(), "withdrawn in " + promise.year() + ": not carried on", null));
                continue;
            }
            String text = nextYear(commitment.text(), promise.year());
            if (!text.equals(commitment.text())) {
                findings.add(new Finding(commitment.code(), "text", "the year " + year,
                        "the year " + promise.year() + " in last year's text"));
            }
            findings.add(new Finding(commitment.code(), "predecessorId", commitment.commitmentId(),
                    commitment.code() + " of " + promise.year()));
            commitments.add(new NewCommitment(commitment.code(), commitment.priorityArea(),
                    commitment.responsible().stream().sorted().toList(), text,
                    commitment.targets().stream().map(Renewals::aYearLater).toList(), commitment.commitmentId()));
        }
        if (promise.policeRegion() == null || promise.county() == null) {
            notes.add(new Note(null, "last year's promise named no police region or county; fill them in", null));
        }
        notes.add(new Note(null, "every commitment still in force is carried on as last revised, its deadlines a year "
                + "later; change or leave out what the new year needs before sending, and set the new baselines", null));
        return new PromiseDraft(next, List.copyOf(commitments), List.copyOf(findings), List.copyOf(notes));
    }

    /** "Medborgarlöfte 2025" becomes "Medborgarlöfte 2026"; other numbers stay. */
    static String nextYear(String text, int year) {
        return text == null ? null
                : Pattern.compile("(?<![0-9])" + year + "(?![0-9])").matcher(text).replaceAll(String.valueOf(year + 1));
    }

    /** A deadline falls a year later; counts, rhythms and increases are yearly already. */
    static Target aYearLater(Target target) {
        return target instanceof Target.Deadline deadline
                ? new Target.Deadline(deadline.milestone(), deadline.dueOn().plusYears(1)) : target;
    }
}
