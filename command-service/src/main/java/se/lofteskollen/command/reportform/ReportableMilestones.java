package se.lofteskollen.command.reportform;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.MilestoneReached;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones a reporter may mark reached in the form: those the DEADLINE targets of their commitments name,
 * read from each commitment's own events as the aggregate reads them (a commitment's stream is short: its reports
 * are aggregates of their own). Only reads: the aggregate decides whether a milestone is reached, whatever the form
 * offered.
 */
@Component
class ReportableMilestones {

    /**
     * One commitment's milestones, in the order of its targets, each with how it was reached (null while open). Its
     * methods are public for the template.
     */
    record Milestones(ReportableCommitments.Choice commitment, Map<String, MilestoneReached> named) {

        /** What the commitment picker calls it: its code and the start of its wording. */
        public String label() {
            return CommitmentOptions.label(commitment);
        }

        public List<String> open() {
            return named.entrySet().stream().filter(entry -> entry.getValue() == null).map(Map.Entry::getKey).toList();
        }
    }

    private final EventStore events;

    ReportableMilestones(EventStore events) {
        this.events = events;
    }

    /** The commitments among {@code choices} with a milestone not reached yet, in the order of {@code choices}. */
    List<Milestones> open(List<ReportableCommitments.Choice> choices) {
        List<Milestones> open = new ArrayList<>();
        for (ReportableCommitments.Choice choice : choices) {
            Milestones milestones = of(choice);
            if (!milestones.open().isEmpty()) {
                open.add(milestones);
            }
        }
        return open;
    }

    Milestones of(ReportableCommitments.Choice choice) {
        List<Target> targets = List.of();
        Map<String, MilestoneReached> reached = new HashMap<>();
        for (Object event : events.readEvents(choice.commitmentId()).asStream().map(EventMessage::getPayload).toList()) {
            if (event instanceof CommitmentPledged pledged) {
                targets = pledged.targets();
            } else if (event instanceof CommitmentRevised revised && revised.targets() != null) {
                targets = revised.targets();
            } else if (event instanceof MilestoneReached milestone) {
                reached.put(milestone.milestone(), milestone);
            }
        }
        Map<String, MilestoneReached> named = new LinkedHashMap<>();
        for (Target target : targets) {
            if (target instanceof Target.Deadline deadline) {
                named.put(deadline.milestone(), reached.get(deadline.milestone()));
            }
        }
        return new Milestones(choice, named);
    }
}
