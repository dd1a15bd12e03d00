package se.lofteskollen.platform.eventstore;

/**
 * An append whose {@link AppendCondition} no longer held: what its command was decided on changed before the events
 * were stored, and nothing was stored. Deciding the command again, on what holds now, is safe.
 */
public class AppendConditionFailed extends RuntimeException {

    public AppendConditionFailed(String aggregateId) {
        super("what the command on " + aggregateId + " was decided on changed before its events were appended; "
                + "nothing was stored");
    }
}
