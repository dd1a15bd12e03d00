package se.lofteskollen.query.readmodels;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.ReportRetracted;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseEventSequencingTest {

    private final PromiseEventSequencing sequencing = new PromiseEventSequencing();

    @Test
    void aReportAndItsRetractionShareASequenceAndAnotherReportOfThePromiseDoesNot() {
        Object meeting = sequencing.getSequenceIdentifierFor(GenericEventMessage.asEventMessage(meeting("m-1")));
        Object retraction = sequencing.getSequenceIdentifierFor(
                GenericEventMessage.asEventMessage(new ReportRetracted("m-1", "p", "wrong")));
        Object otherMeeting = sequencing.getSequenceIdentifierFor(GenericEventMessage.asEventMessage(meeting("m-2")));

        assertThat(retraction).isEqualTo(meeting).isEqualTo("m-1");
        assertThat(otherMeeting).isNotEqualTo(meeting);
    }

    @Test
    void anEventWhosePayloadCannotBeReadGoesByItsAggregateInsteadOfStoppingTheProcessor() {
        GenericDomainEventMessage<Object> unreadable = new GenericDomainEventMessage<>("Report", "aggregate-7", 0,
                "ignored") {
            @Override
            public Object getPayload() {
                throw new SerializationException("revision 9 is unknown");
            }
        };

        assertThat(sequencing.getSequenceIdentifierFor(unreadable)).isEqualTo("aggregate-7");
    }

    private static MeetingRecorded meeting(String id) {
        return new MeetingRecorded(id, "p", Network.TISTEL, LocalDate.of(2025, 3, 1), List.of("p-1.1"), 4, null);
    }
}
