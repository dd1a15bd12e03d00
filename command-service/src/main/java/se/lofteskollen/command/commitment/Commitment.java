package se.lofteskollen.command.commitment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.CommitmentEntry;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseCodes;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One line of a citizen promise, with its targets: what was promised, and every change to it.
 * Reports (meetings, visits, activities) are aggregates of their own, so that a commitment's stream
 * stays short however much is reported on it; milestones and status notes stay here.
 */
@Aggregate
public class Commitment {

    @AggregateIdentifier
    private String commitmentId;
    private String promiseId;
    private CommitmentPledged pledge;
    private String text;
    private Set<String> responsible;
    private List<Target> targets;
    private CommitmentWithdrawn withdrawal;
    private BaselineSet baseline;
    private final Map<String, MilestoneReached> reachedMilestones = new HashMap<>();
    private final Map<String, String> notesById = new HashMap<>();

    protected Commitment() {
        // for Axon
    }

    /** A repeat of the same pledge is a success without a second event; a different one under the same id is a conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PledgeCommitment command, CommitmentDirectory directory) {
        CommitmentPledged pledged = new CommitmentPledged(command.commitmentId(), command.promiseId(), command.code(),
                command.priorityArea(), command.responsible(), command.text(), command.targets(), command.predecessorId());
        if (pledge != null) {
            if (!pledge.equals(pledged)) {
                throw new Conflict("commitmentId", "refusal.commitment.otherContent", commitmentId);
            }
            return;
        }
        PromiseEntry promise = directory.promise(command.promiseId())
                .orElseThrow(() -> new NotFound("promiseId", "refusal.promise.notFound", command.promiseId()));
        promise.requireOpen();
        directory.commitmentWithCode(command.promiseId(), command.code()).ifPresent(other -> {
            throw new Conflict("code", "refusal.commitment.codeUsed", command.code(), other);
        });
        PromiseCodes codes = directory.codes(command.promiseId());
        codes.requirePriorityArea("priorityArea", command.priorityArea());
        requireResponsible(command.responsible(), codes);
        requireValidTargets(command.targets(), promise);
        if (command.predecessorId() != null) {
            requireCarriedOn(command.predecessorId(), promise, directory);
        }
        apply(pledged);
    }

    /** A commitment carries on one of last year's: of the promise its own promise renews. */
    private static void requireCarriedOn(String predecessorId, PromiseEntry promise, CommitmentDirectory directory) {
        if (promise.predecessorId() == null) {
            throw new InvalidCommand("predecessorId", "refusal.commitment.renewsNone", promise.promiseId());
        }
        CommitmentEntry predecessor = directory.commitment(predecessorId)
                .orElseThrow(() -> new NotFound("predecessorId", "refusal.commitment.notFound", predecessorId));
        if (!predecessor.promise().promiseId().equals(promise.predecessorId())) {
            throw new InvalidCommand("predecessorId", "refusal.commitment.predecessorElsewhere", predecessorId,
                    promise.predecessorId(), promise.promiseId());
        }
    }

    /** A revision that changes nothing (a repeat of one already made) is a success without an event. */
    @CommandHandler
    public void handle(ReviseCommitment command, CommitmentDirectory directory) {
        requireReason(command.reason(), "refusal.commitment.revisionReason");
        if (command.text() == null && command.targets() == null && command.responsible() == null) {
            throw new InvalidCommand(null, "refusal.commitment.revisionChangesNothing");
        }
        String newText = command.text() != null ? command.text() : text;
        List<Target> newTargets = command.targets() != null ? command.targets() : targets;
        Set<String> newResponsible = command.responsible() != null ? command.responsible() : responsible;
        if (newText.equals(text) && newTargets.equals(targets) && newResponsible.equals(responsible)) {
            return;
        }
        requireNotWithdrawn();
        PromiseEntry promise = promise(directory);
        promise.requireOpen();
        if (command.responsible() != null) {
            requireResponsible(newResponsible, directory.codes(promiseId));
        }
        requireValidTargets(newTargets, promise);
        apply(new CommitmentRevised(commitmentId, promiseId, newText, newResponsible, newTargets, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawCommitment command, CommitmentDirectory directory) {
        requireReason(command.reason(), "refusal.commitment.withdrawalReason");
        if (withdrawal != null) {
            if (!withdrawal.reason().equals(command.reason())) {
                throw new Conflict(null, "refusal.commitment.alreadyWithdrawn", commitmentId, withdrawal.reason());
            }
            return;
        }
        promise(directory).requireOpen();
        apply(new CommitmentWithdrawn(commitmentId, promiseId, command.reason()));
    }

    /** Setting the baseline again corrects it; setting the same one again changes nothing. */
    @CommandHandler
    public void handle(SetBaseline command, CommitmentDirectory directory) {
        requireReason(command.basis(), "refusal.commitment.baselineBasis", "basis");
        BaselineSet set = new BaselineSet(commitmentId, promiseId, command.value(), command.basis());
        if (set.equals(baseline)) {
            return;
        }
        requireNotWithdrawn();
        promise(directory).requireOpen();
        if (targets.stream().noneMatch(Target.Increase.class::isInstance)) {
            throw new Conflict(null, "refusal.commitment.noIncrease", commitmentId);
        }
        apply(set);
    }

    /** A milestone is reached once; repeating the same report of it changes nothing. */
    @CommandHandler
    public void handle(ReachMilestone command, CommitmentDirectory directory) {
        MilestoneReached reached = new MilestoneReached(commitmentId, promiseId, command.milestone(),
                command.reachedOn(), command.notes());
        MilestoneReached earlier = reachedMilestones.get(command.milestone());
        if (earlier != null) {
            if (!earlier.equals(reached)) {
                throw new Conflict("milestone", "refusal.commitment.milestoneReached", earlier.reachedOn());
            }
            return;
        }
        if (milestones().noneMatch(command.milestone()::equals)) {
            throw new InvalidCommand("milestone", "refusal.commitment.notMilestone", commitmentId, milestones().toList());
        }
        requireNotWithdrawn();
        PromiseEntry promise = promise(directory);
        promise.requireOpen();
        promise.requireReportable(command.reachedOn(), "reachedOn", command.today());
        apply(reached);
    }

    @CommandHandler
    public void handle(AddStatusNote command, CommitmentDirectory directory) {
        String earlier = notesById.get(command.noteId());
        if (earlier != null) {
            if (!earlier.equals(command.note())) {
                throw new Conflict("noteId", "refusal.commitment.noteTaken", command.noteId());
            }
            return;
        }
        requireNotWithdrawn();
        promise(directory).requireOpen();
        apply(new StatusNoteAdded(commitmentId, promiseId, command.note()),
                MetaData.with(AddStatusNote.NOTE_ID, command.noteId()));
    }

    private static void requireReason(String reason, String key) {
        requireReason(reason, key, "reason");
    }

    private static void requireReason(String reason, String key, String field) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommand(field, key);
        }
    }

    /** Someone answers for a commitment, and only parties of its promise do. */
    private static void requireResponsible(Set<String> responsible, PromiseCodes codes) {
        if (responsible == null || responsible.isEmpty()) {
            throw new InvalidCommand("responsible", "refusal.commitment.noResponsible");
        }
        codes.requireParties("responsible", responsible);
    }

    private void requireNotWithdrawn() {
        if (withdrawal != null) {
            throw new Conflict(null, "refusal.commitment.withdrawn", commitmentId, withdrawal.reason());
        }
    }

    private PromiseEntry promise(CommitmentDirectory directory) {
        return directory.promise(promiseId)
                .orElseThrow(() -> new IllegalStateException("the lookup has no promise " + promiseId + " of " + commitmentId));
    }

    private Stream<String> milestones() {
        return targets.stream().filter(Target.Deadline.class::isInstance).map(t -> ((Target.Deadline) t).milestone());
    }

    /**
     * Deadlines fall in the promise year and name different milestones (a milestone is reached by its name);
     * one INCREASE at most, because a commitment has one baseline.
     */
    private static void requireValidTargets(List<Target> targets, PromiseEntry promise) {
        Set<String> milestones = new HashSet<>();
        boolean increase = false;
        for (int i = 0; i < targets.size(); i++) {
            String field = "targets[" + i + "]";
            if (targets.get(i) instanceof Target.Deadline deadline) {
                if (deadline.dueOn().getYear() != promise.year()) {
                    throw new InvalidCommand(field + ".dueOn", "refusal.date.outsidePromiseYear", promise.year());
                }
                if (!milestones.add(deadline.milestone())) {
                    throw new InvalidCommand(field + ".milestone", "refusal.commitment.sameMilestone");
                }
            } else if (targets.get(i) instanceof Target.Increase) {
                if (increase) {
                    throw new InvalidCommand(field, "refusal.commitment.oneIncrease");
                }
                increase = true;
            }
        }
    }

    @EventSourcingHandler
    void on(CommitmentPledged event) {
        commitmentId = event.commitmentId();
        promiseId = event.promiseId();
        pledge = event;
        text = event.text();
        responsible = event.responsible();
        targets = event.targets();
    }

    @EventSourcingHandler
    void on(CommitmentRevised event) {
        text = event.text();
        responsible = event.responsible();
        targets = event.targets();
    }

    @EventSourcingHandler
    void on(CommitmentWithdrawn event) {
        withdrawal = event;
    }

    @EventSourcingHandler
    void on(BaselineSet event) {
        baseline = event;
    }

    @EventSourcingHandler
    void on(MilestoneReached event) {
        reachedMilestones.put(event.milestone(), event);
    }

    @EventSourcingHandler
    void on(StatusNoteAdded event, @MetaDataValue(AddStatusNote.NOTE_ID) String noteId) {
        if (noteId != null) {
            notesById.put(noteId, event.note());
        }
    }
}
