package se.lofteskollen.command.coordination;

import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A commitment as it stands, read from its own events: the values its forms start from. {@code withdrawal} and
 * {@code baseline} are null until they happen; {@code reached} holds each milestone reached and its day. Its methods
 * are public for the pages' templates.
 */
record CommitmentNow(String commitmentId, String promiseId, String code, String priorityArea, Set<String> responsible,
                     String text, List<Target> targets, CommitmentWithdrawn withdrawal, BaselineSet baseline,
                     Map<String, LocalDate> reached) {

    static CommitmentNow of(List<Object> events) {
        CommitmentNow now = null;
        for (Object event : events) {
            if (event instanceof CommitmentPledged pledged) {
                now = new CommitmentNow(pledged.commitmentId(), pledged.promiseId(), pledged.code(),
                        pledged.priorityArea(), pledged.responsible(), pledged.text(), pledged.targets(), null, null,
                        new LinkedHashMap<>());
            } else if (now != null) {
                now = now.after(event);
            }
        }
        return now;
    }

    private CommitmentNow after(Object event) {
        if (event instanceof CommitmentRevised revised) {
            return new CommitmentNow(commitmentId, promiseId, code, priorityArea, revised.responsible(), revised.text(),
                    revised.targets(), withdrawal, baseline, reached);
        }
        if (event instanceof CommitmentWithdrawn withdrawn) {
            return new CommitmentNow(commitmentId, promiseId, code, priorityArea, responsible, text, targets, withdrawn,
                    baseline, reached);
        }
        if (event instanceof BaselineSet set) {
            return new CommitmentNow(commitmentId, promiseId, code, priorityArea, responsible, text, targets, withdrawal,
                    set, reached);
        }
        if (event instanceof MilestoneReached milestone) {
            reached.put(milestone.milestone(), milestone.reachedOn());
        }
        return this;
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    /** The milestones its deadlines name that are not reached yet, in the order of its targets. */
    public List<String> openMilestones() {
        return targets.stream().filter(Target.Deadline.class::isInstance).map(target -> ((Target.Deadline) target).milestone())
                .filter(milestone -> !reached.containsKey(milestone)).toList();
    }

    /** An increase is measured against a baseline, which only such a commitment has. */
    public boolean measuresAnIncrease() {
        return targets.stream().anyMatch(Target.Increase.class::isInstance);
    }
}
