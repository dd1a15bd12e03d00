package se.lofteskollen.events.report;

import org.axonframework.serialization.Revision;
import se.lofteskollen.events.PromiseEvent;

/** A meeting, visit or activity report no longer counts. Nothing is deleted: this is the correction. */
@Revision("1")
public record ReportRetracted(String reportId, String promiseId, String reason) implements PromiseEvent {

    /** A retraction follows the report it retracts, whichever kind that is. */
    @Override
    public String sequenceId() {
        return reportId;
    }
}
