package se.lofteskollen.command.rules;

/** The command names a promise, commitment or report that was never recorded. */
public final class NotFound extends Rejection {

    /** {@code key} of {@code messages/refusals}, with its arguments. */
    public NotFound(String field, String key, Object... arguments) {
        super(field, Refusal.of(key, arguments), null);
    }
}
