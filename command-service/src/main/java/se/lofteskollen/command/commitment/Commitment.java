package se.lofteskollen.command.commitment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.lofteskollen.events.commitment.CommitmentPledged;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One line of a citizen promise, with its targets: what was promised, and every change to it. */
@Aggregate
public class Commitment {

    @AggregateIdentifier
    private String commitmentId;
    private CommitmentPledged pledge;

    protected Commitment() {
        // for Axon
    }

    /** A repeat of the same pledge is a success without a second event; a different one under the same id is a conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PledgeCommitment command) {
        CommitmentPledged pledged = new CommitmentPledged(command.commitmentId(), command.promiseId(), command.code(),
                command.priorityArea(), command.responsible(), command.text(), command.targets());
        if (pledge != null) {
            if (!pledge.equals(pledged)) {
                throw new CommitmentConflict("commitment " + commitmentId + " was already pledged with other content");
            }
            return;
        }
        apply(pledged);
    }

    @EventSourcingHandler
    void on(CommitmentPledged event) {
        commitmentId = event.commitmentId();
        pledge = event;
    }
}
