package se.lofteskollen.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The two parties every promise has, the police and the municipality, whose codes ({@code POLICE},
 * {@code MUNICIPALITY}) are the enum's names; a promise may name more (see
 * {@link se.lofteskollen.events.promise.PromiseParty}). Also which of them a member of staff belongs to.
 */
public enum Party {
    POLICE("Polisen"),
    MUNICIPALITY("Kommunen");

    private final String swedishName;

    Party(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    /** The code of this party among a promise's parties. */
    public String code() {
        return name();
    }

    /** The party of this exact name, or none (a name from outside, such as an old event's metadata). */
    public static Optional<Party> named(String name) {
        return Arrays.stream(values()).filter(party -> party.name().equals(name)).findFirst();
    }

    /** Parties as one text, {@code "MUNICIPALITY,POLICE"} (see {@link NameList}); empty for none. */
    public static String joined(Collection<Party> parties) {
        return NameList.join(parties == null ? null : parties.stream().map(Party::name).toList());
    }

    /** The parties a {@link #joined} text names; a name of no party is passed over. */
    public static Set<Party> setOf(String joined) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        NameList.split(joined).forEach(name -> named(name).ifPresent(parties::add));
        return parties;
    }
}
