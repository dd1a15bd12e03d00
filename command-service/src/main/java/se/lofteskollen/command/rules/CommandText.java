package se.lofteskollen.command.rules;

import se.lofteskollen.events.Organisations;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.events.text.Text;
import se.lofteskollen.events.text.TextRefused;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * {@link Text}'s check as the commands use it, in their compact constructors: every command is built through
 * one, so every way in (an API body, the report form, the default data) passes it, and a refusal is an
 * {@link InvalidCommand} naming the request field, with the {@link TextRefused} as its cause, said by the key
 * {@code text.<reason>} (the form says it in the reader's language). The values a command carries are the checked, normalised ones.
 */
public final class CommandText {

    private CommandText() {
    }

    public static String line(String field, String value, int max) {
        try {
            return Text.line(field, value, max);
        } catch (TextRefused refused) {
            throw refusal(refused);
        }
    }

    public static String free(String field, String value, int max) {
        try {
            return Text.free(field, value, max);
        } catch (TextRefused refused) {
            throw refusal(refused);
        }
    }

    public static String id(String field, String id) {
        return line(field, id, Text.ID);
    }

    /** Each id, named by its place in the list ({@code commitmentIds[1]}). */
    public static List<String> ids(String field, List<String> ids) {
        return each(field, ids, CommandText::id);
    }

    /** A place's name and area are lines; a place is public (a square, a street), never a person's address. */
    public static Place place(String field, Place place) {
        if (place == null) {
            return null;
        }
        return new Place(line(field + ".name", place.name(), Text.NAME), line(field + ".area", place.area(), Text.NAME),
                place.lat(), place.lon());
    }

    /** Each area's code and name are lines ({@code priorityAreas[0].name}). */
    public static List<PriorityArea> priorityAreas(String field, List<PriorityArea> areas) {
        return each(field, areas, (at, area) -> area == null ? null
                : new PriorityArea(line(at + ".code", area.code(), Text.CODE), line(at + ".name", area.name(), Text.NAME)));
    }

    /**
     * Each party's code and name are lines ({@code parties[2].name}); its organisation is an organisation's code
     * ({@link Organisations}), the party's own code when left out (as every promise before revision 3 was kept).
     */
    public static List<PromiseParty> parties(String field, List<PromiseParty> parties) {
        return each(field, parties, (at, party) -> party == null ? null
                : new PromiseParty(line(at + ".code", party.code(), Text.CODE), line(at + ".name", party.name(), Text.NAME),
                        organisation(at + ".organisation", party.organisation(), party.code())));
    }

    private static String organisation(String field, String organisation, String orElse) {
        if (organisation == null || organisation.isBlank()) {
            return orElse == null ? null : Organisations.code(orElse).orElse(null);
        }
        return Organisations.code(organisation)
                .orElseThrow(() -> new InvalidCommand(field, "refusal.organisation.code", Organisations.RULE));
    }

    /** Codes of a promise's parties or areas, each a line ({@code responsible}). */
    public static Set<String> codes(String field, Set<String> codes) {
        if (codes == null) {
            return null;
        }
        Set<String> checked = new TreeSet<>();
        for (String code : codes) {
            checked.add(line(field, code, Text.CODE));
        }
        return Collections.unmodifiableSet(checked);
    }

    /** A signatory's name and title are lines ({@code signatories[0].name}). */
    public static List<Signatory> signatories(String field, List<Signatory> signatories) {
        return each(field, signatories, (at, signatory) -> signatory == null ? null
                : new Signatory(line(at + ".name", signatory.name(), Text.NAME),
                        line(at + ".title", signatory.title(), Text.NAME), signatory.party()));
    }

    /** The only text of a target is a deadline's milestone ({@code targets[2].milestone}). */
    public static List<Target> targets(String field, List<Target> targets) {
        return each(field, targets, (at, target) -> target instanceof Target.Deadline deadline
                ? new Target.Deadline(line(at + ".milestone", deadline.milestone(), Text.TITLE), deadline.dueOn())
                : target);
    }

    /** Each item checked under its place in the list ({@code field[i]}); an absent list stays absent. */
    private static <T> List<T> each(String field, List<T> items, BiFunction<String, T, T> check) {
        if (items == null) {
            return null;
        }
        List<T> checked = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            checked.add(check.apply(field + "[" + i + "]", items.get(i)));
        }
        return Collections.unmodifiableList(checked);
    }

    private static InvalidCommand refusal(TextRefused refused) {
        return new InvalidCommand(refused.field(), Refusal.of("text." + refused.reason().name(), refused.max()), refused);
    }
}
