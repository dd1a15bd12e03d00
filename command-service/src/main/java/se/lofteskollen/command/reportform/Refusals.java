package se.lofteskollen.command.reportform;

import org.springframework.stereotype.Component;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.rules.RefusalMessages;

/**
 * The domain's refusals of a report, said for the form in the reader's language: each refusal's key of
 * {@code messages/refusals}, in the form's own words where it has them ({@code <key>.reportForm}: the form speaks
 * to reporters, of a commitment as a "löfte").
 */
@Component
class Refusals {

    static final String PAGE = "reportForm";

    private final RefusalMessages messages;

    Refusals(RefusalMessages messages) {
        this.messages = messages;
    }

    String say(Rejection rejection) {
        return messages.say(rejection.refusal(), PAGE);
    }
}
