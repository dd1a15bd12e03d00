package se.lofteskollen.command.reportform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commitment picker's groups: one per priority area (and year, when more than one promise is open). */
final class CommitmentOptions {

    /** Long enough to tell commitments apart; a phone's picker shows little more. */
    private static final int LABEL_LENGTH = 90;

    record Group(String label, List<Option> options) {
    }

    record Option(String commitmentId, String label) {
    }

    private CommitmentOptions() {
    }

    /** @param otherArea the group of commitments without a priority area, in the reader's language */
    static List<Group> groups(List<ReportableCommitments.Choice> choices, String otherArea) {
        boolean severalYears = choices.stream().map(ReportableCommitments.Choice::year).distinct().count() > 1;
        Map<String, List<Option>> groups = new LinkedHashMap<>();
        for (ReportableCommitments.Choice choice : choices) {
            String area = choice.priorityArea() == null ? otherArea
                    : choice.priorityArea().code() + ". " + choice.priorityArea().name();
            String label = severalYears ? choice.year() + " · " + area : area;
            groups.computeIfAbsent(label, key -> new ArrayList<>()).add(new Option(choice.commitmentId(), label(choice)));
        }
        return groups.entrySet().stream().map(group -> new Group(group.getKey(), group.getValue())).toList();
    }

    /** The commitment's code and the start of its wording. */
    static String label(ReportableCommitments.Choice choice) {
        if (choice.text() == null) {
            return choice.code();
        }
        String label = choice.code() + " " + choice.text();
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }
}
