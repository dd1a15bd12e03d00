package se.lofteskollen.command.coordination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.platform.security.SecurityEventLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Sends what a coordinator's form asks for as the API would: the API's own request record, checked against its own
 * constraints, then the command that record builds, sent the API's way ({@link se.lofteskollen.command.web.CommandRequests}),
 * so the permission check on the command bus and every rule of the aggregates apply as they do to an API client.
 * This class only says the answers in Swedish, by the form field they concern.
 */
@Component
class FormCommands {

    private static final Logger log = LoggerFactory.getLogger(FormCommands.class);

    /** The form's general message, shown above its fields, under this key. */
    static final String FORM = "form";

    /** Either the accepted command, or the refusals by form field; {@code notPermitted} when the bus refused the sender. */
    record Outcome(Accepted accepted, Map<String, String> errors, boolean notPermitted) {
        boolean ok() {
            return accepted != null;
        }
    }

    private final Validator validator;
    private final SecurityEventLog securityEvents;
    private final CoordinationRefusals refusals;

    FormCommands(Validator validator, SecurityEventLog securityEvents, CoordinationRefusals refusals) {
        this.validator = validator;
        this.securityEvents = securityEvents;
        this.refusals = refusals;
    }

    /**
     * @param request   the API's request record, as the form filled it in
     * @param unread    what the form could not read (a day, a number), by form field: nothing is sent when any
     * @param field     the form field of a request field ({@code targets[0].dueOn}: the form's row of that target)
     * @param otherwise where a refusal that names no field is shown
     * @param send      sends the command the request builds
     */
    Outcome send(Object request, Map<String, String> unread, UnaryOperator<String> field, String otherwise,
                 Supplier<Accepted> send, HttpServletRequest http) {
        Map<String, String> errors = new LinkedHashMap<>(unread);
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String requestField = violation.getPropertyPath().toString();
            errors.putIfAbsent(field.apply(requestField), refusals.say(requestField, violation));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, false);
        }
        try {
            return new Outcome(send.get(), Map.of(), false);
        } catch (RuntimeException failure) {
            return refused(failure, field, otherwise, http);
        }
    }

    private Outcome refused(RuntimeException failure, UnaryOperator<String> field, String otherwise,
                            HttpServletRequest http) {
        Rejection rejection = causeOf(failure, Rejection.class);
        if (rejection != null) {
            String at = rejection.field() == null ? otherwise : field.apply(rejection.field());
            return new Outcome(null, Map.of(at, refusals.say(rejection)), false);
        }
        NotPermitted notPermitted = causeOf(failure, NotPermitted.class);
        if (notPermitted != null) {
            // The pages offer only the coordinator's own promises: a refusal here means a form made by hand.
            securityEvents.accessDenied(http, notPermitted.getMessage());
            String at = notPermitted.field() == null ? otherwise : field.apply(notPermitted.field());
            return new Outcome(null, Map.of(at, refusals.say(notPermitted)), true);
        }
        log.error("A command from a coordinator's form could not be stored", failure);
        return new Outcome(null, Map.of(FORM, refusals.notSavedNow()), false);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
