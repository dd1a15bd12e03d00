package se.lofteskollen.command.rules;

/** The command's own values break a rule (a date outside the promise year, a revision without a reason). */
public final class InvalidCommand extends Rejection {

    /** {@code key} of {@code messages/refusals}, with its arguments. */
    public InvalidCommand(String field, String key, Object... arguments) {
        super(field, Refusal.of(key, arguments), null);
    }

    public InvalidCommand(String field, Refusal refusal, Throwable cause) {
        super(field, refusal, cause);
    }

    /** The same refusal, of another field (a request's field as the column of a file that carried it). */
    public InvalidCommand at(String otherField) {
        return new InvalidCommand(otherField, refusal(), this);
    }
}
