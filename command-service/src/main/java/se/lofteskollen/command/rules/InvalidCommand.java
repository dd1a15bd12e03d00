package se.lofteskollen.command.rules;

/** The command's own values break a rule (a date outside the promise year, a revision without a reason). */
public final class InvalidCommand extends Rejection {

    public InvalidCommand(String field, String message) {
        super(field, message);
    }

    public InvalidCommand(String field, String message, Throwable cause) {
        super(field, message, cause);
    }
}
