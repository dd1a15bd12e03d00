package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;

@Revision("1")
public record ReportPlaceVisit(@TargetAggregateIdentifier String visitId,
                               String commitmentId,
                               Place place,
                               LocalDate visitedOn,
                               String problemPicture,
                               String measures,
                               LocalDate today) implements NewReport {

    public ReportPlaceVisit {
        visitId = CommandText.id("visitId", visitId);
        commitmentId = CommandText.id("commitmentId", commitmentId);
        place = CommandText.place("place", place);
        problemPicture = CommandText.free("problemPicture", problemPicture, Text.NOTE);
        measures = CommandText.free("measures", measures, Text.NOTE);
    }

    @Override
    public String reportId() {
        return visitId;
    }

    @Override
    public String idField() {
        return "visitId";
    }

    @Override
    public PlaceVisitReported recorded(String promiseId) {
        return new PlaceVisitReported(visitId, promiseId, commitmentId, place, visitedOn, problemPicture, measures);
    }

    @Override
    public LocalDate date() {
        return visitedOn;
    }

    @Override
    public String dateField() {
        return "visitedOn";
    }

    @Override
    public PromiseEntry promiseIn(CommitmentDirectory directory) {
        return ReportedCommitments.promiseOf(commitmentId, "commitmentId", directory);
    }
}
