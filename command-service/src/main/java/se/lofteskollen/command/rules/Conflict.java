package se.lofteskollen.command.rules;

/**
 * The command contradicts what is already recorded: a closed promise, a withdrawn commitment, a
 * milestone already reached, a code already used, other content under an id already taken.
 */
public final class Conflict extends Rejection {

    public Conflict(String field, String message) {
        super(field, message);
    }
}
