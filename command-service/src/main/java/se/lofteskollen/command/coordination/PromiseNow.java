package se.lofteskollen.command.coordination;

import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.PromiseSigned;

import java.util.List;

/**
 * A promise as it stands, read from its own events (created, signed, closed): what the coordinator's pages show of
 * it (its methods are public for the pages' templates). {@code signing} and {@code closing} are null until they happen.
 */
record PromiseNow(PromiseCreated creation, PromiseSigned signing, PromiseClosed closing) {

    static PromiseNow of(List<Object> events) {
        PromiseCreated creation = null;
        PromiseSigned signing = null;
        PromiseClosed closing = null;
        for (Object event : events) {
            if (event instanceof PromiseCreated created) {
                creation = created;
            } else if (event instanceof PromiseSigned signed) {
                signing = signed;
            } else if (event instanceof PromiseClosed closed) {
                closing = closed;
            }
        }
        return creation == null ? null : new PromiseNow(creation, signing, closing);
    }

    public String promiseId() {
        return creation.promiseId();
    }

    public int year() {
        return creation.year();
    }

    public String title() {
        return creation.title();
    }

    public List<PriorityArea> areas() {
        return creation.priorityAreas();
    }

    public List<PromiseParty> parties() {
        return creation.parties();
    }

    public boolean signed() {
        return signing != null;
    }

    public boolean closed() {
        return closing != null;
    }

    /** The name the promise gives a party code ("Lokalpolisområde Västervik"), or the code. */
    public String partyName(String code) {
        return parties().stream().filter(party -> party.code().equals(code)).map(PromiseParty::name).findFirst()
                .orElse(code);
    }
}
