package se.lofteskollen.events.promise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record PromiseSigned(String promiseId, LocalDate signedOn, List<Signatory> signatories) {
}
