package se.lofteskollen.query.report;

import org.springframework.stereotype.Component;
import se.lofteskollen.platform.pages.PageWords;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual follow-up report's rows, in the reader's language: one row per target (one for an ongoing commitment),
 * the same for the HTML page, the PDF, the CSV file and the spreadsheet. Staff names are not in it: it is meant to be
 * passed on.
 */
@Component
public class FollowUpReport {

    private final PageWords words;

    FollowUpReport(PageWords words) {
        this.words = words;
    }

    /**
     * @param areaCode the code of the promise's own area, as its document numbers it
     * @param area     the promise's name of it
     */
    public record Row(String areaCode, String area, String code, String responsible, String text, String target,
                      String achieved, String expected, String status, String statusCode, String withdrawalReason,
                      Figures figures) {
    }

    /**
     * A target's figures as numbers, for a spreadsheet to count with; what each means depends on the kind of
     * target ({@link TargetProgress}). An ongoing commitment has a kind and no figures; a figure that does not
     * apply (a deadline's expected, an increase without a baseline) is null.
     *
     * @param kind the kind of target in the reader's language
     */
    public record Figures(String kind, Integer required, Integer achieved, Integer expected) {
    }

    public List<Row> rows(PromiseProgress progress) {
        List<Row> rows = new ArrayList<>();
        for (PromiseProgress.Area area : progress.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                String responsible = ProgressInWords.parties(progress.responsibleFor(commitment));
                if (commitment.targets().isEmpty()) {
                    rows.add(new Row(area.priorityArea(), area.name(), commitment.code(), responsible,
                            commitment.text(), words.say("report.ongoing"),
                            achieved(commitment),
                            "", commitment.status().swedishName(), commitment.status().name(),
                            orEmpty(commitment.withdrawalReason()),
                            new Figures(words.say("report.kind.ONGOING"), null, null, null)));
                }
                for (TargetProgress target : commitment.targets()) {
                    Status status = commitment.withdrawn() ? Status.WITHDRAWN : target.status();
                    rows.add(new Row(area.priorityArea(), area.name(), commitment.code(), responsible,
                            commitment.text(), MeasureNames.describe(target.target()), achieved(target),
                            expected(target), status.swedishName(), status.name(),
                            orEmpty(commitment.withdrawalReason()), figures(target)));
                }
            }
        }
        return rows;
    }

    private Figures figures(TargetProgress target) {
        return new Figures(words.say("report.kind." + kind(target.target())), target.required(), target.achieved(),
                target.expected());
    }

    private static String kind(Target target) {
        if (target instanceof Target.Count) {
            return "COUNT";
        }
        if (target instanceof Target.Cadence) {
            return "CADENCE";
        }
        if (target instanceof Target.Deadline) {
            return "DEADLINE";
        }
        return "INCREASE";
    }

    /** An ongoing commitment: what was done this year, and when it was last reported. */
    private String achieved(CommitmentProgress ongoing) {
        if (ongoing.lastReportedOn() == null) {
            return "";
        }
        String done = ProgressInWords.done(ongoing.done());
        return (done.isEmpty() ? "" : done + ", ") + words.say("report.lastReported", ongoing.lastReportedOn());
    }

    private String achieved(TargetProgress target) {
        Target goal = target.target();
        if (goal instanceof Target.Deadline) {
            return target.reachedOn() == null ? words.say("report.notDone") : words.say("report.doneOn", target.reachedOn());
        }
        if (goal instanceof Target.Cadence cadence) {
            return words.say("report.periods", target.achieved(), target.required(),
                    ProgressInWords.periods(cadence.period(), target.required()));
        }
        if (goal instanceof Target.Increase) {
            return target.required() == null ? words.say("report.baseline.missing", target.achieved())
                    : words.say("report.baseline", target.achieved(), target.required());
        }
        return words.say("report.counted", target.achieved(), target.required());
    }

    private String expected(TargetProgress target) {
        Target goal = target.target();
        if (goal instanceof Target.Deadline deadline) {
            return words.say("report.dueBy", deadline.dueOn());
        }
        if (goal instanceof Target.Cadence cadence) {
            return words.say("report.missing", target.missing(),
                    ProgressInWords.periods(cadence.period(), target.missing()));
        }
        return target.expected() == null ? "" : String.valueOf(target.expected());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
