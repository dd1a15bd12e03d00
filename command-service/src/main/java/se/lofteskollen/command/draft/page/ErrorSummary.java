package se.lofteskollen.command.draft.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message of a refused draft, listed at the top of the page with a link to where it is shown: the draft is
 * long, and a message by the twentieth commitment would otherwise go unseen. {@code anchor} is the id of the message
 * by its field, as the page names it ({@code c3-t0-dueOn-error} for {@code commitments[3].targets[0].dueOn}).
 */
public record ErrorSummary(String anchor, String where, String message) {

    private static final Pattern ROW = Pattern.compile("(priorityAreas|parties)\\[(\\d+)]\\.(\\w+)");
    private static final Pattern COMMITMENT = Pattern.compile(
            "commitments\\[(\\d+)](?:\\.targets\\[(\\d+)])?(?:\\.(\\w+))?");

    /** The fields the page names, each under {@code draft.field.<name>}. */
    private static final Set<String> FIELDS = Set.of("promiseId", "year", "title", "policeArea", "municipality",
            "policeRegion", "county", "priorityAreas", "parties", "code", "name", "organisation", "priorityArea",
            "responsible", "text", "targets", "measure", "atLeast", "period", "milestone", "dueOn");

    static List<ErrorSummary> of(Map<String, String> errors, DraftForm form, CommitmentFormWords words) {
        List<ErrorSummary> summary = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (!field.equals(DraftSubmission.FORM)) {
                summary.add(of(field, message, form, words));
            }
        });
        return List.copyOf(summary);
    }

    private static ErrorSummary of(String field, String message, DraftForm form, CommitmentFormWords words) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            boolean area = row.group(1).equals("priorityAreas");
            int index = Integer.parseInt(row.group(2));
            return new ErrorSummary((area ? "area" : "party") + index + "-" + row.group(3) + "-error",
                    words.say(area ? "draft.summary.area" : "draft.summary.party", Integer.toString(index + 1),
                            name(row.group(3), words)), message);
        }
        Matcher commitment = COMMITMENT.matcher(field);
        if (commitment.matches()) {
            int index = Integer.parseInt(commitment.group(1));
            String code = index < form.commitments().size() ? form.commitments().get(index).code() : null;
            StringBuilder anchor = new StringBuilder("c").append(index);
            String where = code == null ? words.say("draft.summary.commitmentRow", Integer.toString(index + 1))
                    : words.say("draft.summary.commitment", code);
            if (commitment.group(2) != null) {
                anchor.append("-t").append(commitment.group(2));
                where = words.say("draft.summary.target", where, Integer.toString(Integer.parseInt(commitment.group(2)) + 1));
            }
            if (commitment.group(3) != null) {
                anchor.append('-').append(commitment.group(3));
                where = words.say("draft.summary.field", where, name(commitment.group(3), words));
            }
            return new ErrorSummary(anchor.append("-error").toString(), where, message);
        }
        return new ErrorSummary(field + "-error", name(field, words), message);
    }

    /** A field's name, as the page labels it; one the page does not name is shown as it is. */
    private static String name(String field, CommitmentFormWords words) {
        return FIELDS.contains(field) ? words.say("draft.field." + field) : field;
    }
}
