package se.lofteskollen.events.report;

import org.axonframework.serialization.Revision;

/** A meeting, visit or activity report no longer counts. Nothing is deleted: this is the correction. */
@Revision("1")
public record ReportRetracted(String reportId, String promiseId, String reason) {
}
