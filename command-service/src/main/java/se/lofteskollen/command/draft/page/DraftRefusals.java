package se.lofteskollen.command.draft.page;

import jakarta.validation.ConstraintViolation;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.rules.RefusalMessages;

import java.util.Map;

/**
 * The refusals of a promise and its pledges, said for the draft page in the reader's language: each refusal's key of
 * {@code messages/refusals}, in the draft page's own words where it has them ({@code <key>.draft}). Where each belongs
 * on the page is {@link DraftSubmission}'s to say.
 */
@Component
class DraftRefusals {

    static final String PAGE = "draft";

    private final RefusalMessages messages;

    DraftRefusals(RefusalMessages messages) {
        this.messages = messages;
    }

    String say(Rejection rejection) {
        return messages.say(rejection.refusal(), PAGE);
    }

    String say(NotPermitted notPermitted) {
        return messages.say(notPermitted.refusal(), PAGE);
    }

    /** A broken constraint of the API's request records; {@code field} is the request's, e.g. {@code parties[1].name}. */
    String say(String field, ConstraintViolation<?> violation) {
        String last = RefusalMessages.lastName(field);
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> say("required." + last, "required");
            case "Size" -> messages.say(PAGE, new Object[]{String.valueOf(attributes.get("max"))},
                    violation.getInvalidValue() instanceof CharSequence ? "size.characters" : "size.items");
            case "Min", "Max" -> say(last.equals("year") ? "number.year" : "number.invalid");
            case "Pattern" -> say("pattern." + last, "pattern");
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
