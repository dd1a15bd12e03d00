package se.lofteskollen.command.rules;

/**
 * The command contradicts what is already recorded: a closed promise, a withdrawn commitment, a
 * milestone already reached, a code already used, other content under an id already taken.
 */
public final class Conflict extends Rejection {

    /** {@code key} of {@code messages/refusals}, with its arguments. */
    public Conflict(String field, String key, Object... arguments) {
        super(field, Refusal.of(key, arguments), null);
    }
}
