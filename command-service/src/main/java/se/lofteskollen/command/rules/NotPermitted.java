package se.lofteskollen.command.rules;

import org.springframework.security.access.AccessDeniedException;

/**
 * The sender may not send this command, or not on this object (403). Nothing is stored. {@code field}, when
 * there is one, names what the sender may not touch ({@code commitmentIds[1]}, {@code reportId}). Decided by
 * {@code access.CommandPermissions}; it lives beside the other refusals so that the web answers it without
 * knowing access. What it says is a {@link Refusal}, as a {@link Rejection}'s is.
 */
public class NotPermitted extends AccessDeniedException {

    private final String field;
    private final Refusal refusal;

    /** {@code key} of {@code messages/refusals}, with its arguments. */
    public NotPermitted(String field, String key, Object... arguments) {
        this(field, Refusal.of(key, arguments));
    }

    private NotPermitted(String field, Refusal refusal) {
        super(refusal.english());
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
