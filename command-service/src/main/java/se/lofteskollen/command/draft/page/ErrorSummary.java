package se.lofteskollen.command.draft.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("promiseId", "Id"), Map.entry("year", "År"), Map.entry("title", "Titel"),
            Map.entry("policeArea", "Lokalpolisområde"), Map.entry("municipality", "Kommun"),
            Map.entry("policeRegion", "Polisregion"), Map.entry("county", "Län"),
            Map.entry("priorityAreas", "Prioriterade områden"), Map.entry("parties", "Parter"),
            Map.entry("code", "kod"), Map.entry("name", "namn"), Map.entry("organisation", "organisation"),
            Map.entry("priorityArea", "område"), Map.entry("responsible", "vem som svarar för det"),
            Map.entry("text", "text"), Map.entry("targets", "mål"), Map.entry("measure", "vad som räknas"),
            Map.entry("atLeast", "antal"), Map.entry("period", "hur ofta"), Map.entry("milestone", "delmål"), Map.entry("dueOn", "dag"));

    static List<ErrorSummary> of(Map<String, String> errors, DraftForm form) {
        List<ErrorSummary> summary = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (!field.equals(DraftSubmission.FORM)) {
                summary.add(of(field, message, form));
            }
        });
        return List.copyOf(summary);
    }

    private static ErrorSummary of(String field, String message, DraftForm form) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            boolean area = row.group(1).equals("priorityAreas");
            int index = Integer.parseInt(row.group(2));
            return new ErrorSummary((area ? "area" : "party") + index + "-" + row.group(3) + "-error",
                    (area ? "Område" : "Part") + ", rad " + (index + 1) + ": " + name(row.group(3)), message);
        }
        Matcher commitment = COMMITMENT.matcher(field);
        if (commitment.matches()) {
            int index = Integer.parseInt(commitment.group(1));
            String code = index < form.commitments().size() ? form.commitments().get(index).code() : null;
            StringBuilder anchor = new StringBuilder("c").append(index);
            StringBuilder where = new StringBuilder("Åtagande ").append(code == null ? "på rad " + (index + 1) : code);
            if (commitment.group(2) != null) {
                anchor.append("-t").append(commitment.group(2));
                where.append(", mål ").append(Integer.parseInt(commitment.group(2)) + 1);
            }
            if (commitment.group(3) != null) {
                anchor.append('-').append(commitment.group(3));
                where.append(": ").append(name(commitment.group(3)));
            }
            return new ErrorSummary(anchor.append("-error").toString(), where.toString(), message);
        }
        return new ErrorSummary(field + "-error", name(field), message);
    }

    private static String name(String field) {
        return NAMES.getOrDefault(field, field);
    }
}
