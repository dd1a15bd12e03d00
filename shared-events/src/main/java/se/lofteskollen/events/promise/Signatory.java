package se.lofteskollen.events.promise;

import se.lofteskollen.events.Party;

/** An official who signed the promise on behalf of a party (a public role, not a citizen). */
public record Signatory(String name, String title, Party party) {
}
