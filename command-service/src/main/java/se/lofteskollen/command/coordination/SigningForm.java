package se.lofteskollen.command.coordination;

import se.lofteskollen.command.draft.page.CommitmentFormWords;
import se.lofteskollen.command.promise.PromiseController.SignatoryRequest;
import se.lofteskollen.command.promise.PromiseController.SigningRequest;
import se.lofteskollen.events.Party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** The signing: the day, and who signed for the police and for the municipality (a row left empty is no one). */
record SigningForm(String signedOn, List<Row> signatories) {

    /** An official signing for a party: a public role, never a citizen. */
    record Row(String name, String title, String party) {
        boolean empty() {
            return Typed.blank(name) && Typed.blank(title);
        }
    }

    SigningForm {
        List<Row> rows = new ArrayList<>();
        (signatories == null ? List.<Row>of() : signatories).forEach(row -> rows.add(row == null ? new Row(null, null, null) : row));
        signatories = List.copyOf(rows);
    }

    /** One row for the police, one for the municipality and one more, on today. */
    static SigningForm of(LocalDate today) {
        return new SigningForm(today.toString(), List.of(new Row(null, null, Party.POLICE.name()),
                new Row(null, null, Party.MUNICIPALITY.name()), new Row(null, null, null)));
    }

    SigningRequest request(Map<String, String> unread, CommitmentFormWords words) {
        List<SignatoryRequest> signing = keptRows().stream().map(signatories::get)
                .map(row -> new SignatoryRequest(Typed.trimmed(row.name()), Typed.trimmed(row.title()),
                        Party.named(Typed.trimmed(row.party())).orElse(null)))
                .toList();
        return new SigningRequest(Typed.day(signedOn, "signedOn", unread, words), signing);
    }

    UnaryOperator<String> fields() {
        return RequestFields.of(Map.of("signatories", keptRows()));
    }

    private List<Integer> keptRows() {
        return IntStream.range(0, signatories.size()).filter(row -> !signatories.get(row).empty()).boxed().toList();
    }
}
