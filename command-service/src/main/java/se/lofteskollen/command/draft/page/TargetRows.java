package se.lofteskollen.command.draft.page;

import se.lofteskollen.command.draft.page.DraftForm.TargetRow;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Target;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static se.lofteskollen.command.draft.page.DraftForm.blank;
import static se.lofteskollen.command.draft.page.DraftForm.trimmed;

/**
 * A target as a row of form fields and back: the draft page and the coordinator's pledge and revision forms show
 * targets the same way, and read what was typed the same way, a value that cannot be read told by its field. Whether a target may stand in its commitment is the commands' to decide, not this class's.
 */
public final class TargetRows {

    private TargetRows() {
    }

    /** The row a target is shown in. */
    public static TargetRow of(Target target) {
        if (target instanceof Target.Count count) {
            return new TargetRow(null, "COUNT", Measures.code(count.measure()), Integer.toString(count.atLeast()), null,
                    null, null);
        }
        if (target instanceof Target.Cadence cadence) {
            return new TargetRow(null, "CADENCE", Measures.code(cadence.measure()), null, cadence.period().name(), null,
                    null);
        }
        if (target instanceof Target.Increase increase) {
            return new TargetRow(null, "INCREASE", Measures.code(increase.measure()), null, null, null, null);
        }
        Target.Deadline deadline = (Target.Deadline) target;
        return new TargetRow(null, "DEADLINE", null, null, null, deadline.milestone(), deadline.dueOn().toString());
    }

    /**
     * The target a row describes; empty when it cannot be read, with the reason in {@code errors} under the row's
     * field ({@code at} is the row's name with its dot, e.g. {@code commitments[3].targets[0].}).
     */
    public static Optional<Target> read(TargetRow row, String at, Map<String, String> errors,
                                        CommitmentFormWords words) {
        if (row.is("DEADLINE")) {
            LocalDate dueOn = null;
            try {
                dueOn = LocalDate.parse(orElse(trimmed(row.dueOn()), ""));
            } catch (DateTimeParseException notADay) {
                errors.put(at + "dueOn", words.say("draft.unread.day"));
            }
            if (blank(row.milestone())) {
                errors.put(at + "milestone", words.say("draft.unread.milestone"));
            }
            return dueOn == null || blank(row.milestone()) ? Optional.empty()
                    : Optional.of(new Target.Deadline(row.milestone().trim(), dueOn));
        }
        Optional<Measure> measure = Measures.of(row.measure());
        if (measure.isEmpty()) {
            errors.put(at + "measure", words.say("draft.unread.measure"));
            return Optional.empty();
        }
        if (row.is("CADENCE")) {
            Optional<Target.Period> period = Arrays.stream(Target.Period.values())
                    .filter(candidate -> candidate.name().equals(row.period())).findFirst();
            if (period.isEmpty()) {
                errors.put(at + "period", words.say("draft.unread.period"));
                return Optional.empty();
            }
            return Optional.of(new Target.Cadence(measure.get(), period.get()));
        }
        if (row.is("INCREASE")) {
            return Optional.of(new Target.Increase(measure.get()));
        }
        if (row.is("COUNT")) {
            Optional<Integer> atLeast = DraftForm.number(row.atLeast()).filter(n -> n >= 1 && n <= 1_000_000);
            if (atLeast.isEmpty()) {
                errors.put(at + "atLeast", words.say("draft.unread.atLeast"));
                return Optional.empty();
            }
            return Optional.of(new Target.Count(measure.get(), atLeast.get()));
        }
        errors.put(at.substring(0, at.length() - 1), words.say("draft.unread.type"));
        return Optional.empty();
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
