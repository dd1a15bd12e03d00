package se.lofteskollen.command.coordination;

import se.lofteskollen.command.report.Reporting.RetractionRequest;

/**
 * A report retracted, and why. The report is named by its id: the one the API answered with, or the one the
 * query-service's list of the promise's reports leads here with (where reports are found, as a read model keeps them).
 */
record RetractionForm(String reportId, String reason) {

    String chosenReport() {
        return Typed.trimmed(reportId);
    }

    RetractionRequest request() {
        return new RetractionRequest(Typed.trimmed(reason));
    }
}
