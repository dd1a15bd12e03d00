package se.lofteskollen.events.report;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A network meeting was held. One meeting can serve several commitments (a Tistel meeting counts for
 * both 1.1 and 5.2). Participants are a head count: who attended is not recorded.
 */
@Revision("1")
public record MeetingRecorded(String meetingId,
                              String promiseId,
                              Network network,
                              LocalDate heldOn,
                              List<String> commitmentIds,
                              int participants,
                              String notes) implements PromiseEvent {

    /** A report stands alone; only its retraction follows it. */
    @Override
    public String sequenceId() {
        return meetingId;
    }
}
