package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.PledgeRequest;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.draft.page.DraftForm.TargetRow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A new commitment as typed: its code, area, who answers for it, its text and its targets. */
record PledgeForm(String code, String priorityArea, List<String> responsible, String text, List<TargetRow> targets) {

    PledgeForm {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        targets = TargetList.withBlankRow(targets);
    }

    /** Two blank target rows: a count and a milestone by a day are often promised together. */
    static PledgeForm blank() {
        TargetRow none = new TargetRow(null, null, null, null, null, null, null);
        return new PledgeForm(null, null, List.of(), null, List.of(none, none));
    }

    /** The id is the API's when none is chosen: {@code <promiseId>-<code>}, so sending it twice pledges it once. */
    PledgeRequest request(Map<String, String> unread, CommitmentFormWords words) {
        return new PledgeRequest(null, Typed.trimmed(code), Typed.trimmed(priorityArea), new LinkedHashSet<>(responsible),
                Typed.trimmed(text), TargetList.read(targets, unread, words), null);
    }

    UnaryOperator<String> fields() {
        UnaryOperator<String> rows = RequestFields.of(Map.of("targets", TargetList.keptRows(targets)));
        // The commitment's id is made of its code: a pledge already stored under it is told by the code.
        return field -> field.equals("commitmentId") ? "code" : rows.apply(field);
    }
}
