package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.promise.PromiseController.ClosingRequest;

import java.time.LocalDate;
import java.util.Map;

/** The year closed, with a summary of what it achieved: published on the citizen page. */
record ClosingForm(String closedOn, String summary) {

    static ClosingForm of(LocalDate today) {
        return new ClosingForm(today.toString(), null);
    }

    ClosingRequest request(Map<String, String> unread, CommitmentFormWords words) {
        return new ClosingRequest(Typed.day(closedOn, "closedOn", unread, words), Typed.trimmed(summary));
    }
}
