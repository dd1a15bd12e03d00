package se.lofteskollen.command.rules;

import org.springframework.security.access.AccessDeniedException;

/**
 * The sender may not send this command, or not on this object (403). Nothing is stored. {@code field}, when
 * there is one, names what the sender may not touch ({@code commitmentIds[1]}, {@code reportId}). Decided by
 * {@code access.CommandPermissions}; it lives beside the other refusals so that the web answers it without
 * knowing access.
 */
public class NotPermitted extends AccessDeniedException {

    private final String field;

    public NotPermitted(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
