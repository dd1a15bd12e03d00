package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.MilestoneRequest;
import se.lofteskollen.command.draft.page.CommitmentFormWords;

import java.time.LocalDate;
import java.util.Map;

/** A milestone reached: which, on what day, and notes for the staff. */
record MilestoneForm(String milestone, String reachedOn, String notes) {

    /** The first milestone not reached yet, on today or, outside the promise year, the nearest day of it. */
    static MilestoneForm of(CommitmentNow commitment, int year, LocalDate today) {
        LocalDate day = today.getYear() > year ? LocalDate.of(year, 12, 31)
                : today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
        return new MilestoneForm(commitment.openMilestones().stream().findFirst().orElse(null), day.toString(), null);
    }

    MilestoneRequest request(Map<String, String> unread, CommitmentFormWords words) {
        return new MilestoneRequest(Typed.trimmed(milestone), Typed.day(reachedOn, "reachedOn", unread, words),
                Typed.trimmed(notes));
    }
}
