package se.lofteskollen.command.rules;

/** The command names a promise, commitment or report that was never recorded. */
public final class NotFound extends Rejection {

    public NotFound(String field, String message) {
        super(field, message);
    }
}
