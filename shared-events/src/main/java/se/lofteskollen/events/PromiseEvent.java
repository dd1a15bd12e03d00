package se.lofteskollen.events;

/**
 * An event of the published language: it belongs to one promise, and it names what it must be applied in order
 * with. A reader that joins events (a retraction names its report, a revision follows its commitment's pledge)
 * applies those of one sequence in order; events of different sequences may be applied in any order, and one
 * that a reader cannot take holds back only its own sequence.
 */
public interface PromiseEvent {

    /** The promise this event belongs to. */
    String promiseId();

    /**
     * What must be applied in order with this event: the promise for the promise's own events, the commitment
     * for a commitment's, the report for a report and its retraction. Never null.
     */
    String sequenceId();
}
