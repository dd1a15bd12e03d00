package se.lofteskollen.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.CommandText;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.text.Text;

import java.time.LocalDate;
import java.util.List;

/** One meeting may serve several commitments. {@code today} is the date the request was made. */
@Revision("1")
public record RecordMeeting(@TargetAggregateIdentifier String meetingId,
                            Network network,
                            LocalDate heldOn,
                            List<String> commitmentIds,
                            int participants,
                            String notes,
                            LocalDate today) implements NewReport {

    public RecordMeeting {
        meetingId = CommandText.id("meetingId", meetingId);
        commitmentIds = CommandText.ids("commitmentIds", commitmentIds);
        notes = CommandText.free("notes", notes, Text.NOTE);
    }

    @Override
    public String reportId() {
        return meetingId;
    }

    @Override
    public String idField() {
        return "meetingId";
    }

    @Override
    public MeetingRecorded recorded(String promiseId) {
        return new MeetingRecorded(meetingId, promiseId, network, heldOn, commitmentIds, participants, notes);
    }

    @Override
    public LocalDate date() {
        return heldOn;
    }

    @Override
    public String dateField() {
        return "heldOn";
    }

    @Override
    public PromiseEntry promiseIn(CommitmentDirectory directory) {
        return ReportedCommitments.promiseOf(commitmentIds, "commitmentIds", directory);
    }
}
