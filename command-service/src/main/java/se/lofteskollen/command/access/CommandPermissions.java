package se.lofteskollen.command.access;

import org.springframework.stereotype.Component;
import se.lofteskollen.command.commitment.AddStatusNote;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.commitment.ReachMilestone;
import se.lofteskollen.command.commitment.ReviseCommitment;
import se.lofteskollen.command.commitment.SetBaseline;
import se.lofteskollen.command.commitment.WithdrawCommitment;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.CommitmentEntry;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.lookup.CommitmentDirectory.ReportEntry;
import se.lofteskollen.command.promise.ClosePromise;
import se.lofteskollen.command.promise.CreatePromise;
import se.lofteskollen.command.promise.SignPromise;
import se.lofteskollen.command.report.RecordMeeting;
import se.lofteskollen.command.report.ReportActivity;
import se.lofteskollen.command.report.ReportPlaceVisit;
import se.lofteskollen.command.report.RetractReport;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.platform.security.Roles;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Who may send which command, and on what: DESIGN.md's rules, decided for every command whatever sent it
 * (the API, the default data, a form, an import), in the command's own unit of work. What a member may touch
 * follows from their organisations: each promise names the organisation acting as each of its parties.
 *
 * <ul>
 *   <li>Only a COORDINATOR creates, signs and closes promises, pledges commitments, revises or withdraws them
 *       and sets baselines, and only in promises one of their organisations acts in (a new promise: one it
 *       names).</li>
 *   <li>A REPORTER reports (meetings, place visits, activities, milestones, status notes) only on commitments
 *       a party acted by their organisation answers for — a joint commitment for any of its parties' organisations —
 *       and retracts only reports their own organisation made. A COORDINATOR reports on and retracts anything in
 *       the promises they coordinate.</li>
 *   <li>MANAGEMENT and the NATIONAL_READER write nothing. Neither does anyone without a role, nor any command this
 *       class does not name: a new command is refused until a rule here permits it.</li>
 * </ul>
 * Ids that name nothing are let through, for the aggregate to answer "not found".
 */
@Component
public class CommandPermissions {

    private static final Map<Class<?>, String> COORDINATORS_ONLY = Map.of(
            CreatePromise.class, "create promises",
            SignPromise.class, "sign promises",
            ClosePromise.class, "close promises",
            PledgeCommitment.class, "pledge commitments",
            ReviseCommitment.class, "revise commitments",
            WithdrawCommitment.class, "withdraw commitments",
            SetBaseline.class, "set baselines");

    private final CommitmentDirectory directory;

    public CommandPermissions(CommitmentDirectory directory) {
        this.directory = directory;
    }

    /** Returns when {@code sender} may send {@code command}; otherwise throws {@link NotPermitted}. */
    public void check(Object command, Map<String, ?> senderMetaData) {
        Sender sender = Sender.of(senderMetaData);
        if (sender.isSystem()) {
            return;
        }
        String coordinatorsWork = COORDINATORS_ONLY.get(command.getClass());
        if (coordinatorsWork != null) {
            if (!sender.is(Roles.COORDINATOR)) {
                throw new NotPermitted(null, "refusal.access.coordinatorOnly", coordinatorsWork);
            }
            mayCoordinate(sender, command);
        } else if (command instanceof RecordMeeting meeting) {
            mayReportOn(sender, meeting.commitmentIds(), i -> "commitmentIds[" + i + "]");
        } else if (command instanceof ReportActivity activity) {
            mayReportOn(sender, activity.commitmentIds(), i -> "commitmentIds[" + i + "]");
        } else if (command instanceof ReportPlaceVisit visit) {
            mayReportOn(sender, Collections.singletonList(visit.commitmentId()), i -> "commitmentId");
        } else if (command instanceof ReachMilestone milestone) {
            mayReportOn(sender, Collections.singletonList(milestone.commitmentId()), i -> "commitmentId");
        } else if (command instanceof AddStatusNote note) {
            mayReportOn(sender, Collections.singletonList(note.commitmentId()), i -> "commitmentId");
        } else if (command instanceof RetractReport retraction) {
            mayRetract(sender, retraction.reportId());
        } else {
            throw new NotPermitted(null, "refusal.access.noRule", command.getClass().getSimpleName());
        }
    }

    private void mayCoordinate(Sender sender, Object command) {
        if (command instanceof CreatePromise create) {
            Set<String> named = new TreeSet<>();
            create.parties().forEach(party -> named.add(party.organisation()));
            if (!sender.member().belongsToAnyOf(named)) {
                throw new NotPermitted("parties", "refusal.access.notActingIn", names(sender.organisations()),
                        names(named), namn(sender.organisations()));
            }
            // Renewing links to last year's figures: only the coordinators of last year's promise may.
            if (create.predecessorId() != null) {
                directory.promise(create.predecessorId()).ifPresent(predecessor -> requireCoordinates(sender, predecessor));
            }
            return;
        }
        Optional<PromiseEntry> promise;
        if (command instanceof SignPromise sign) {
            promise = directory.promise(sign.promiseId());
        } else if (command instanceof ClosePromise close) {
            promise = directory.promise(close.promiseId());
        } else if (command instanceof PledgeCommitment pledge) {
            promise = directory.promise(pledge.promiseId());
        } else if (command instanceof ReviseCommitment revise) {
            promise = promiseOf(revise.commitmentId());
        } else if (command instanceof WithdrawCommitment withdraw) {
            promise = promiseOf(withdraw.commitmentId());
        } else if (command instanceof SetBaseline baseline) {
            promise = promiseOf(baseline.commitmentId());
        } else {
            throw new NotPermitted(null, "refusal.access.noPromise", command.getClass().getSimpleName());
        }
        promise.ifPresent(entry -> requireCoordinates(sender, entry));
    }

    private Optional<PromiseEntry> promiseOf(String commitmentId) {
        return directory.commitment(commitmentId).map(CommitmentEntry::promise);
    }

    private static void requireCoordinates(Sender sender, PromiseEntry promise) {
        if (!sender.member().belongsToAnyOf(promise.organisations().values())) {
            throw new NotPermitted(null, "refusal.access.notCoordinator", promise.promiseId(),
                    names(sender.organisations()), names(new TreeSet<>(promise.organisations().values())));
        }
    }

    private void mayReportOn(Sender sender, List<String> commitmentIds, IntFunction<String> field) {
        boolean coordinator = sender.is(Roles.COORDINATOR);
        if (!coordinator && !sender.is(Roles.REPORTER)) {
            throw new NotPermitted(null, "refusal.access.onlyReportersReport");
        }
        if (sender.organisations().isEmpty()) {
            throw new NotPermitted(null, coordinator ? "refusal.access.coordinatorWithoutOrganisation"
                    : "refusal.access.reporterWithoutOrganisation");
        }
        if (commitmentIds == null) {
            return;
        }
        Map<String, CommitmentEntry> found = directory.commitments(commitmentIds);
        for (int i = 0; i < commitmentIds.size(); i++) {
            CommitmentEntry commitment = found.get(commitmentIds.get(i));
            if (commitment == null) {
                continue;
            }
            if (coordinator) {
                requireCoordinates(sender, commitment.promise());
                continue;
            }
            Set<String> answering = commitment.promise().actingAs(commitment.responsible());
            if (!sender.member().belongsToAnyOf(answering)) {
                throw new NotPermitted(field.apply(i), "refusal.access.notAnswering", names(sender.organisations()),
                        commitment.commitmentId(), names(answering), namn(sender.organisations()), namn(answering));
            }
        }
    }

    private void mayRetract(Sender sender, String reportId) {
        boolean coordinator = sender.is(Roles.COORDINATOR);
        if (!coordinator && !sender.is(Roles.REPORTER)) {
            throw new NotPermitted(null, "refusal.access.onlyReportersRetract");
        }
        Optional<ReportEntry> found = directory.report(reportId);
        if (found.isEmpty()) {
            return;
        }
        ReportEntry report = found.get();
        if (coordinator) {
            directory.commitments(report.commitmentIds()).values().stream().findFirst()
                    .ifPresent(commitment -> requireCoordinates(sender, commitment.promise()));
            return;
        }
        if (report.reportedBy().isEmpty() || sender.organisations().isEmpty()
                || !sender.organisations().containsAll(report.reportedBy())) {
            throw new NotPermitted("reportId", "refusal.access.otherOrganisationsReport", reportId);
        }
    }

    /** Organisations' codes as the API's English names them ({@code A and B}, or {@code nobody}). */
    private static String names(Collection<String> codes) {
        return codes.stream().sorted().reduce((a, b) -> a + " and " + b).orElse("nobody");
    }

    /** The same in Swedish, for the pages ({@code A och B}, or {@code ingen}). */
    private static String namn(Collection<String> codes) {
        return codes.stream().sorted().reduce((a, b) -> a + " och " + b).orElse("ingen");
    }
}
