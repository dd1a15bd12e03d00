package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.BaselineRequest;
import se.lofteskollen.command.draft.page.CommitmentFormWords;

import java.util.Map;

/** The figure an increase is measured against, and what it is based on. */
record BaselineForm(String value, String basis) {

    /** The baseline set before, to correct; blank when none is. */
    static BaselineForm of(CommitmentNow commitment) {
        return commitment.baseline() == null ? new BaselineForm(null, null)
                : new BaselineForm(Integer.toString(commitment.baseline().value()), commitment.baseline().basis());
    }

    BaselineRequest request(Map<String, String> unread, CommitmentFormWords words) {
        return new BaselineRequest(Typed.number(value, "value", unread, words), Typed.trimmed(basis));
    }
}
