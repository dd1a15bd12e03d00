package se.lofteskollen.command.rules;

/**
 * A command refused by a rule of the domain. Nothing is stored when a command is refused. The field,
 * when there is one, is the request field a client must change (e.g. {@code heldOn}, {@code commitmentIds[1]}).
 * What it says is a {@link Refusal}: a key the pages say in the reader's language, and, as the message, the
 * English text the API answers with.
 */
public abstract sealed class Rejection extends RuntimeException permits InvalidCommand, NotFound, Conflict {

    private final String field;
    private final Refusal refusal;

    protected Rejection(String field, Refusal refusal, Throwable cause) {
        super(refusal.english(), cause);
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
