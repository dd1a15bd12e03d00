package se.lofteskollen.command.coordination;

import se.lofteskollen.command.report.Reporting.RetractionRequest;

/**
 * A report retracted, and why. The report is picked from the promise's newest ({@code reportId}) or given by its id
 * ({@code otherReportId}, which wins when both are): an older report is not in the list.
 */
record RetractionForm(String reportId, String otherReportId, String reason) {

    /** The form field that named the report, where what is said of the report is shown. */
    String reportField() {
        return Typed.blank(otherReportId) ? "reportId" : "otherReportId";
    }

    String chosenReport() {
        return Typed.blank(otherReportId) ? Typed.trimmed(reportId) : otherReportId.strip();
    }

    RetractionRequest request() {
        return new RetractionRequest(Typed.trimmed(reason));
    }
}
