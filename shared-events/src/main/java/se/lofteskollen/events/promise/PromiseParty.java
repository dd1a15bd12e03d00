package se.lofteskollen.events.promise;

/**
 * One of the parties a promise names, by a short code and its own name: the police ({@code POLICE}) and the
 * municipality ({@code MUNICIPALITY}), which every promise has (see {@link se.lofteskollen.events.Party}), and
 * any other the promise names, such as a region ({@code REGION}) or a housing company. A commitment's responsible
 * parties are codes of its promise's parties.
 *
 * @param organisation the organisation that acts as this party in this promise, by the code its staff's tokens
 *                     carry (e.g. {@code LPO_VIMMERBY}): its reporters report on what this party answers for, its
 *                     coordinators and management work with the promise. Promises created before revision 3 were
 *                     acted on by the organisation whose code is the party's code ({@code POLICE}).
 */
public record PromiseParty(String code, String name, String organisation) {
}
