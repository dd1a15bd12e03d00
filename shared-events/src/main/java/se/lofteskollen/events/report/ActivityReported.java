package se.lofteskollen.events.report;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.PromiseEvent;

import java.time.LocalDate;
import java.util.List;

/** {@code count} activities of one kind took place on a day (e.g. three concern talks); never with whom. */
@Revision("1")
public record ActivityReported(String activityId,
                               String promiseId,
                               ActivityKind kind,
                               List<String> commitmentIds,
                               LocalDate occurredOn,
                               int count,
                               Place place,
                               String notes) implements PromiseEvent {

    /** A report stands alone; only its retraction follows it. */
    @Override
    public String sequenceId() {
        return activityId;
    }
}
