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
import se.lofteskollen.command.lookup.CommitmentDirectory.ReportEntry;
import se.lofteskollen.command.promise.ClosePromise;
import se.lofteskollen.command.promise.CreatePromise;
import se.lofteskollen.command.promise.SignPromise;
import se.lofteskollen.command.report.RecordMeeting;
import se.lofteskollen.command.report.ReportActivity;
import se.lofteskollen.command.report.ReportPlaceVisit;
import se.lofteskollen.command.report.RetractReport;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.events.Party;
import se.lofteskollen.platform.security.Roles;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Who may send which command, and on what: DESIGN.md's rules, decided for every command whatever sent it
 * (the API, the default data, a future form), in the command's own transaction.
 *
 * <ul>
 *   <li>Only a COORDINATOR creates, signs and closes promises, pledges commitments, revises or withdraws them
 *       and sets baselines.</li>
 *   <li>A REPORTER reports (meetings, place visits, activities, milestones, status notes) only on commitments
 *       its organisation answers for — a joint commitment for either organisation — and retracts only reports
 *       its own organisation made. A COORDINATOR reports on and retracts anything.</li>
 *   <li>MANAGEMENT writes nothing. Neither does anyone without a role, nor any command this class does not
 *       name: a new command is refused until a rule here permits it.</li>
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
                throw new NotPermitted(null, "only a coordinator may " + coordinatorsWork);
            }
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
            throw new NotPermitted(null, "no rule permits " + command.getClass().getSimpleName());
        }
    }

    private void mayReportOn(Sender sender, List<String> commitmentIds, IntFunction<String> field) {
        if (sender.is(Roles.COORDINATOR)) {
            return;
        }
        if (!sender.is(Roles.REPORTER)) {
            throw new NotPermitted(null, "only reporters and coordinators may report");
        }
        if (sender.organisations().isEmpty()) {
            throw new NotPermitted(null, "a reporter without an organisation may not report");
        }
        if (commitmentIds == null) {
            return;
        }
        Map<String, CommitmentEntry> found = directory.commitments(commitmentIds);
        for (int i = 0; i < commitmentIds.size(); i++) {
            CommitmentEntry commitment = found.get(commitmentIds.get(i));
            if (commitment != null && !sender.member().answersForAnyOf(commitment.responsible())) {
                throw new NotPermitted(field.apply(i), names(sender.organisations().stream().map(Party::code).toList())
                        + " does not answer for commitment " + commitment.commitmentId() + " ("
                        + names(commitment.responsible()) + " does)");
            }
        }
    }

    private void mayRetract(Sender sender, String reportId) {
        if (sender.is(Roles.COORDINATOR)) {
            return;
        }
        if (!sender.is(Roles.REPORTER)) {
            throw new NotPermitted(null, "only reporters and coordinators may retract reports");
        }
        Optional<ReportEntry> report = directory.report(reportId);
        if (report.isPresent() && (report.get().reportedBy().isEmpty()
                || sender.organisations().isEmpty()
                || !sender.organisations().containsAll(report.get().reportedBy()))) {
            throw new NotPermitted("reportId", "report " + reportId + " was made by another organisation; "
                    + "a reporter retracts only its own organisation's reports");
        }
    }

    private static String names(Collection<String> partyCodes) {
        return partyCodes.stream().sorted().reduce((a, b) -> a + " and " + b).orElse("nobody");
    }
}
