package se.lofteskollen.events.promise;

/**
 * One of the parties a promise names, by a short code and its own name: the police ({@code POLICE}) and the
 * municipality ({@code MUNICIPALITY}), which every promise has (see {@link se.lofteskollen.events.Party}), and
 * any other the promise names, such as a region ({@code REGION}) or a housing company. A commitment's responsible
 * parties are codes of its promise's parties.
 */
public record PromiseParty(String code, String name) {
}
