package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.draft.page.DraftForm.TargetRow;
import se.lofteskollen.command.draft.page.TargetRows;
import se.lofteskollen.events.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A commitment's targets as rows of a form, the way the draft page shows them ({@link TargetRows}), and one blank
 * row at the end where a target is added: a row whose kind is left blank, or that is ticked away, is no target.
 */
final class TargetList {

    private TargetList() {
    }

    static List<TargetRow> rows(List<Target> targets) {
        return withBlankRow(targets.stream().map(TargetRows::of).toList());
    }

    /** The rows as posted, with a blank one at the end when the last is filled in. */
    static List<TargetRow> withBlankRow(List<TargetRow> rows) {
        List<TargetRow> shown = new ArrayList<>(rows == null ? List.of() : rows);
        if (shown.isEmpty() || kept(shown.get(shown.size() - 1))) {
            shown.add(new TargetRow(null, null, null, null, null, null, null));
        }
        return List.copyOf(shown);
    }

    /** The targets the rows describe; what cannot be read is told in {@code unread}, by its row's field. */
    static List<Target> read(List<TargetRow> rows, Map<String, String> unread, CommitmentFormWords words) {
        List<Target> targets = new ArrayList<>();
        for (int row : keptRows(rows)) {
            TargetRows.read(rows.get(row), "targets[" + row + "].", unread, words).ifPresent(targets::add);
        }
        return List.copyOf(targets);
    }

    /** The form's row of each target, in order. */
    static List<Integer> keptRows(List<TargetRow> rows) {
        return IntStream.range(0, rows.size()).filter(row -> kept(rows.get(row))).boxed().toList();
    }

    private static boolean kept(TargetRow row) {
        return row != null && !row.dropped() && !Typed.blank(row.type());
    }
}
