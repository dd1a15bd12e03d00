package se.lofteskollen.events.report;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;

/** The police visited a place with measures fitted to its problem picture. */
@Revision("1")
public record PlaceVisitReported(String visitId,
                                 String promiseId,
                                 String commitmentId,
                                 Place place,
                                 LocalDate visitedOn,
                                 String problemPicture,
                                 String measures) implements PromiseEvent {

    /** A report stands alone; only its retraction follows it. */
    @Override
    public String sequenceId() {
        return visitId;
    }
}
