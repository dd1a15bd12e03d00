package se.lofteskollen.events.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.promise.PromiseCreated;

import java.util.List;

/**
 * Every step from an older revision of an event to the next, in the order they apply. Both services register
 * these; a new step is added at the end (see the README's "Changing an event").
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    public static List<EventUpcaster> all() {
        return List.of(new PromiseCreatedToRevision2(), new CommitmentPledgedToRevision2(),
                new CommitmentRevisedToRevision2(), new PromiseCreatedToRevision3(),
                new UnstatedBefore(PromiseCreated.class, "3", "4", "predecessorId"),
                new UnstatedBefore(CommitmentPledged.class, "2", "3", "predecessorId"),
                new RhythmsWereWeekly(CommitmentPledged.class, "3", "4"),
                new RhythmsWereWeekly(CommitmentRevised.class, "2", "3"));
    }
}
