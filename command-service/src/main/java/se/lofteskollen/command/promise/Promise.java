package se.lofteskollen.command.promise;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A year's citizen promise: drawn up, signed by both parties, and closed once the year is followed up.
 * Its commitments are aggregates of their own; they learn whether the promise is open from the lookup.
 */
@Aggregate
public class Promise {

    @AggregateIdentifier
    private String promiseId;
    private PromiseCreated creation;
    private PromiseSigned signing;
    private PromiseClosed closing;

    protected Promise() {
        // for Axon
    }

    /** A repeat of the same request is a success without a second event; other content under the same id is a conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CreatePromise command, CommitmentDirectory directory) {
        PromiseCreated created = new PromiseCreated(command.promiseId(), command.year(), command.title(),
                command.policeArea(), command.municipality(), command.priorityAreas(), command.parties(),
                command.policeRegion(), command.county(), command.predecessorId());
        if (creation != null) {
            if (!created.equals(creation)) {
                throw new Conflict("promiseId", "refusal.promise.otherContent", command.promiseId());
            }
            return;
        }
        requireEachOnce(command.priorityAreas().stream().map(PriorityArea::code).toList(), "priorityAreas",
                "refusal.promise.noPriorityArea");
        requireEachOnce(command.parties().stream().map(PromiseParty::code).toList(), "parties",
                "refusal.promise.noParties");
        if (command.policeRegion() == null || command.policeRegion().isBlank()) {
            throw new InvalidCommand("policeRegion", "refusal.promise.noPoliceRegion");
        }
        if (command.county() == null || command.county().isBlank()) {
            throw new InvalidCommand("county", "refusal.promise.noCounty");
        }
        if (command.predecessorId() != null) {
            requireRenewable(command, directory);
        }
        apply(created);
    }

    /** A promise renews the promise of the year before it, and each promise is renewed once. */
    private static void requireRenewable(CreatePromise command, CommitmentDirectory directory) {
        PromiseEntry predecessor = directory.promise(command.predecessorId())
                .orElseThrow(() -> new NotFound("predecessorId", "refusal.promise.notFound", command.predecessorId()));
        if (command.year() != predecessor.year() + 1) {
            throw new InvalidCommand("year", "refusal.promise.renewalYear", predecessor.year(), predecessor.year() + 1);
        }
        directory.successorOf(command.predecessorId()).ifPresent(successor -> {
            throw new Conflict("predecessorId", "refusal.promise.alreadyRenewed", command.predecessorId(), successor);
        });
    }

    /** Commitments name areas and parties by code, so a code means one of them; a code is never blank. */
    private static void requireEachOnce(List<String> codes, String field, String keyWhenNone) {
        if (codes.isEmpty()) {
            throw new InvalidCommand(field, keyWhenNone);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                throw new InvalidCommand(field + "[" + i + "].code", "refusal.promise.blankCode");
            }
            if (!seen.add(code)) {
                throw new InvalidCommand(field + "[" + i + "].code", "refusal.promise.codeTwice", code);
            }
        }
    }

    @CommandHandler
    public void handle(SignPromise command) {
        PromiseSigned signed = new PromiseSigned(promiseId, command.signedOn(), command.signatories());
        if (signing != null) {
            if (!signing.equals(signed)) {
                throw new Conflict(null, "refusal.promise.alreadySigned", promiseId, signing.signedOn());
            }
            return;
        }
        requireOpen();
        if (command.signedOn().isAfter(command.today())) {
            throw new InvalidCommand("signedOn", "refusal.date.future");
        }
        if (command.signedOn().getYear() > creation.year()) {
            throw new InvalidCommand("signedOn", "refusal.date.afterPromiseYear", creation.year());
        }
        // A promise is agreed in the autumn before its year at the earliest.
        if (command.signedOn().getYear() < creation.year() - 1) {
            throw new InvalidCommand("signedOn", "refusal.date.beforeYearPreceding", creation.year(), creation.year() - 1);
        }
        Set<Party> parties = command.signatories().stream().map(Signatory::party)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Party.class)));
        if (!parties.containsAll(EnumSet.allOf(Party.class))) {
            throw new InvalidCommand("signatories", "refusal.promise.signatories");
        }
        apply(signed);
    }

    @CommandHandler
    public void handle(ClosePromise command) {
        PromiseClosed closed = new PromiseClosed(promiseId, command.closedOn(), command.summary());
        if (closing != null) {
            if (!closing.equals(closed)) {
                throw new Conflict(null, "refusal.promise.alreadyClosed", promiseId, closing.closedOn());
            }
            return;
        }
        if (command.closedOn().isAfter(command.today())) {
            throw new InvalidCommand("closedOn", "refusal.date.future");
        }
        if (command.closedOn().isBefore(LocalDate.of(creation.year(), 1, 1))) {
            throw new InvalidCommand("closedOn", "refusal.date.beforePromiseYear", creation.year());
        }
        apply(closed);
    }

    private void requireOpen() {
        if (closing != null) {
            throw new Conflict(null, "refusal.promise.closed", promiseId);
        }
    }

    @EventSourcingHandler
    void on(PromiseCreated event) {
        promiseId = event.promiseId();
        creation = event;
    }

    @EventSourcingHandler
    void on(PromiseSigned event) {
        signing = event;
    }

    @EventSourcingHandler
    void on(PromiseClosed event) {
        closing = event;
    }
}
