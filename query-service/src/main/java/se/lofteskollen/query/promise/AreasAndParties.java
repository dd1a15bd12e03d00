package se.lofteskollen.query.promise;

import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.query.readmodels.RowBatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A promise's own priority areas and parties, in the order the promise lists them, as the read model keeps them
 * (tables {@code promise_area} and {@code promise_party}, written by the promise projection through
 * {@link #addTo}). A commitment names its area and its responsible parties by code; this names them back. A code
 * the promise does not name (a row missing, an area without a name) is shown as the code itself rather than hidden.
 */
public record AreasAndParties(List<PriorityArea> priorityAreas, List<PromiseParty> parties) {

    public static final AreasAndParties NONE = new AreasAndParties(List.of(), List.of());

    public AreasAndParties {
        priorityAreas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** Adds a created promise's areas and parties to the batch; those already there stay as they are. */
    static void addTo(RowBatch rows, String promiseId, List<PriorityArea> areas, List<PromiseParty> parties) {
        int ordinal = 0;
        for (PriorityArea area : areas == null ? List.<PriorityArea>of() : areas) {
            rows.add("""
                    INSERT INTO promise_area (promise_id, code, name, ordinal) VALUES (?, ?, ?, ?)
                    ON CONFLICT (promise_id, code) DO NOTHING""", promiseId, area.code(), area.name(), ++ordinal);
        }
        ordinal = 0;
        for (PromiseParty party : parties == null ? List.<PromiseParty>of() : parties) {
            rows.add("""
                    INSERT INTO promise_party (promise_id, code, name, ordinal, organisation) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (promise_id, code) DO NOTHING""", promiseId, party.code(), party.name(), ++ordinal,
                    party.organisation());
        }
    }

    /** The area of this code, named; the code stands for its name when the promise does not name it. */
    public PriorityArea area(String code) {
        return priorityAreas.stream().filter(area -> area.code().equals(code)).findFirst()
                .map(area -> area.name() == null || area.name().isBlank() ? new PriorityArea(code, code) : area)
                .orElse(new PriorityArea(code, code));
    }

    /**
     * The parties of these codes, named, in the order the promise lists them (the police and the municipality first,
     * as the promise document names them); a code the promise does not name comes last, named by itself.
     */
    public List<PromiseParty> partiesOf(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<PromiseParty> named = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(codes);
        for (PromiseParty party : parties) {
            if (codes.contains(party.code())) {
                named.add(party.name() == null || party.name().isBlank()
                        ? new PromiseParty(party.code(), party.code(), party.organisation()) : party);
                unknown.remove(party.code());
            }
        }
        unknown.stream().filter(Objects::nonNull).forEach(code -> named.add(new PromiseParty(code, code, null)));
        return named;
    }

    /** The promise's name for the party an organisation acts as (its first, should it act as several). */
    public Optional<String> organisationName(String organisation) {
        return parties.stream().filter(party -> organisation.equals(party.organisation()))
                .map(PromiseParty::name).filter(name -> name != null && !name.isBlank()).findFirst();
    }

    /** The area codes in the promise's order. */
    public List<String> areaCodes() {
        return priorityAreas.stream().map(PriorityArea::code).toList();
    }

    /** The party codes in the promise's order. */
    public List<String> partyCodes() {
        return parties.stream().map(PromiseParty::code).toList();
    }
}
