package se.lofteskollen.command.coordination;

import jakarta.validation.ConstraintViolation;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.rules.RefusalMessages;

import java.util.Map;

/**
 * The refusals of the coordinator's commands, said for the forms in the reader's language: each refusal's key of
 * {@code messages/refusals}, in the forms' own words where they have them ({@code <key>.coordination}). Where each
 * belongs on a form is {@link FormCommands}'s to say.
 */
@Component
class CoordinationRefusals {

    static final String PAGE = "coordination";

    private final RefusalMessages messages;

    CoordinationRefusals(RefusalMessages messages) {
        this.messages = messages;
    }

    String say(Rejection rejection) {
        if (rejection instanceof NotFound && "reportId".equals(rejection.field())) {
            // The retraction form names a report by id: "nothing of this kind" is a report not found.
            return say("refusal.id.noReport");
        }
        return messages.say(rejection.refusal(), PAGE);
    }

    String say(NotPermitted notPermitted) {
        return messages.say(notPermitted.refusal(), PAGE);
    }

    /** A broken constraint of the API's request records, by the request's field (e.g. {@code signatories[1].name}). */
    String say(String field, ConstraintViolation<?> violation) {
        String last = RefusalMessages.lastName(field);
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> say("required." + last, "required");
            case "Size" -> violation.getInvalidValue() instanceof CharSequence
                    ? messages.say(PAGE, new Object[]{String.valueOf(attributes.get("max"))}, "size.characters")
                    : last.equals("responsible") ? say("required.responsible")
                    : messages.say(PAGE, new Object[]{String.valueOf(attributes.get("max"))}, "size.items");
            case "PositiveOrZero", "Min" -> say("number.notNegative");
            case "Max" -> messages.say(PAGE, new Object[]{String.valueOf(attributes.get("value"))}, "number.atMost");
            case "Pattern" -> say(last.equals("text") ? "required.text" : "pattern.code");
            default -> say("invalid");
        };
    }

    /** What a form says when what it sent failed for a reason of ours, not a rule's: nothing of it is lost by trying again. */
    String notSavedNow() {
        return say("failure.notSaved");
    }

    private String say(String... keys) {
        return messages.say(PAGE, new Object[0], keys);
    }
}
