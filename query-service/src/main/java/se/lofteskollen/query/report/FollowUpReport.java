package se.lofteskollen.query.report;

import org.springframework.stereotype.Component;
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
 * The annual follow-up report's rows, in Swedish: one row per target (one for an ongoing commitment), the
 * same for the HTML page, the PDF, the CSV file and the spreadsheet. Staff names are not in it: it is meant to be
 * passed on.
 */
@Component
public class FollowUpReport {

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
     * @param kind the kind of target in Swedish
     */
    public record Figures(String kind, Integer required, Integer achieved, Integer expected) {

        static final Figures ONGOING = new Figures("Löpande", null, null, null);

        static Figures of(TargetProgress target) {
            return new Figures(kind(target.target()), target.required(), target.achieved(), target.expected());
        }

        private static String kind(Target target) {
            if (target instanceof Target.Count) {
                return "Antal";
            }
            if (target instanceof Target.Cadence) {
                return "Regelbundet";
            }
            if (target instanceof Target.Deadline) {
                return "Milstolpe";
            }
            return "Ökning";
        }
    }

    public List<Row> rows(PromiseProgress progress) {
        List<Row> rows = new ArrayList<>();
        for (PromiseProgress.Area area : progress.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                String responsible = ProgressInWords.parties(progress.responsibleFor(commitment));
                if (commitment.targets().isEmpty()) {
                    rows.add(new Row(area.priorityArea(), area.name(), commitment.code(), responsible,
                            commitment.text(), "Löpande arbete",
                            achieved(commitment),
                            "", commitment.status().swedishName(), commitment.status().name(),
                            orEmpty(commitment.withdrawalReason()), Figures.ONGOING));
                }
                for (TargetProgress target : commitment.targets()) {
                    Status status = commitment.withdrawn() ? Status.WITHDRAWN : target.status();
                    rows.add(new Row(area.priorityArea(), area.name(), commitment.code(), responsible,
                            commitment.text(), MeasureNames.describe(target.target()), achieved(target),
                            expected(target), status.swedishName(), status.name(),
                            orEmpty(commitment.withdrawalReason()), Figures.of(target)));
                }
            }
        }
        return rows;
    }

    /** An ongoing commitment: what was done this year, and when it was last reported. */
    private static String achieved(CommitmentProgress ongoing) {
        if (ongoing.lastReportedOn() == null) {
            return "";
        }
        String done = ProgressInWords.done(ongoing.done());
        return (done.isEmpty() ? "" : done + ", ") + "senast rapporterat " + ongoing.lastReportedOn();
    }

    private static String achieved(TargetProgress target) {
        Target goal = target.target();
        if (goal instanceof Target.Deadline) {
            return target.reachedOn() == null ? "Inte klart" : "Klart " + target.reachedOn();
        }
        if (goal instanceof Target.Cadence cadence) {
            return target.achieved() + " av " + target.required() + " "
                    + ProgressInWords.periods(cadence.period(), target.required());
        }
        if (goal instanceof Target.Increase) {
            return target.required() == null ? target.achieved() + " (utgångsvärde saknas)"
                    : target.achieved() + " (utgångsvärde " + target.required() + ")";
        }
        return target.achieved() + " av " + target.required();
    }

    private static String expected(TargetProgress target) {
        Target goal = target.target();
        if (goal instanceof Target.Deadline deadline) {
            return "Senast " + deadline.dueOn();
        }
        if (goal instanceof Target.Cadence cadence) {
            return target.missing() + " " + ProgressInWords.periods(cadence.period(), target.missing()) + " saknas";
        }
        return target.expected() == null ? "" : String.valueOf(target.expected());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
