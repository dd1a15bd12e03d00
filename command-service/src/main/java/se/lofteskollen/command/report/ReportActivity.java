package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ReportActivity(@TargetAggregateIdentifier String activityId,
                             ActivityKind kind,
                             List<String> commitmentIds,
                             LocalDate occurredOn,
                             int count,
                             Place place,
                             String notes,
                             LocalDate today) implements NewReport {

    public ReportActivity {
        activityId = CommandText.id("activityId", activityId);
        commitmentIds = CommandText.ids("commitmentIds", commitmentIds);
        place = CommandText.place("place", place);
        notes = CommandText.free("notes", notes, Text.NOTE);
    }

    @Override
    public String reportId() {
        return activityId;
    }

    @Override
    public String idField() {
        return "activityId";
    }

    @Override
    public ActivityReported recorded(String promiseId) {
        return new ActivityReported(activityId, promiseId, kind, commitmentIds, occurredOn, count, place, notes);
    }

    @Override
    public LocalDate date() {
        return occurredOn;
    }

    @Override
    public String dateField() {
        return "occurredOn";
    }

    @Override
    public PromiseEntry promiseIn(CommitmentDirectory directory) {
        return ReportedCommitments.promiseOf(commitmentIds, "commitmentIds", directory);
    }
}
