package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.RevisionRequest;
import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.draft.page.DraftForm.TargetRow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A commitment's revision as typed: its text, who answers for it and its targets as they should stand, and why. */
record RevisionForm(String text, List<String> responsible, List<TargetRow> targets, String reason) {

    RevisionForm {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        targets = TargetList.withBlankRow(targets);
    }

    /** The form as the commitment stands. */
    static RevisionForm of(CommitmentNow commitment) {
        return new RevisionForm(commitment.text(), commitment.responsible().stream().sorted().toList(),
                TargetList.rows(commitment.targets()), null);
    }

    RevisionRequest request(Map<String, String> unread, CommitmentFormWords words) {
        return new RevisionRequest(text == null ? "" : text.strip(), TargetList.read(targets, unread, words),
                new LinkedHashSet<>(responsible), Typed.trimmed(reason));
    }

    UnaryOperator<String> fields() {
        return RequestFields.of(Map.of("targets", TargetList.keptRows(targets)));
    }
}
