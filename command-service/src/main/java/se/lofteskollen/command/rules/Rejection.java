package se.lofteskollen.command.rules;

/**
 * A command refused by a rule of the domain. Nothing is stored when a command is refused. The field,
 * when there is one, is the request field a client must change (e.g. {@code heldOn}, {@code commitmentIds[1]}).
 */
public abstract sealed class Rejection extends RuntimeException permits InvalidCommand, NotFound, Conflict {

    private final String field;

    protected Rejection(String field, String message) {
        this(field, message, null);
    }

    protected Rejection(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
