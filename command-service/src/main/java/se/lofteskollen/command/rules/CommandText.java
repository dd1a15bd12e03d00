package se.lofteskollen.command.rules;

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

/**
 * {@link Text}'s check as the commands use it, in their compact constructors: every command is built through
 * one, so every way in (an API body, the report form, the default data) passes it, and a refusal is an
 * {@link InvalidCommand} naming the request field, with the {@link TextRefused} as its cause (the form says it
 * in Swedish). The values a command carries are the checked, normalised ones.
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
        if (ids == null) {
            return null;
        }
        List<String> checked = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            checked.add(id(field + "[" + i + "]", ids.get(i)));
        }
        return Collections.unmodifiableList(checked);
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
        if (areas == null) {
            return null;
        }
        List<PriorityArea> checked = new ArrayList<>(areas.size());
        for (int i = 0; i < areas.size(); i++) {
            PriorityArea area = areas.get(i);
            String at = field + "[" + i + "]";
            checked.add(area == null ? null
                    : new PriorityArea(line(at + ".code", area.code(), Text.CODE), line(at + ".name", area.name(), Text.NAME)));
        }
        return Collections.unmodifiableList(checked);
    }

    /** Each party's code and name are lines ({@code parties[2].name}). */
    public static List<PromiseParty> parties(String field, List<PromiseParty> parties) {
        if (parties == null) {
            return null;
        }
        List<PromiseParty> checked = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            PromiseParty party = parties.get(i);
            String at = field + "[" + i + "]";
            checked.add(party == null ? null
                    : new PromiseParty(line(at + ".code", party.code(), Text.CODE), line(at + ".name", party.name(), Text.NAME)));
        }
        return Collections.unmodifiableList(checked);
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
        if (signatories == null) {
            return null;
        }
        List<Signatory> checked = new ArrayList<>(signatories.size());
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            String at = field + "[" + i + "]";
            checked.add(signatory == null ? null : new Signatory(line(at + ".name", signatory.name(), Text.NAME),
                    line(at + ".title", signatory.title(), Text.NAME), signatory.party()));
        }
        return Collections.unmodifiableList(checked);
    }

    /** The only text of a target is a deadline's milestone ({@code targets[2].milestone}). */
    public static List<Target> targets(String field, List<Target> targets) {
        if (targets == null) {
            return null;
        }
        List<Target> checked = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            checked.add(target instanceof Target.Deadline deadline
                    ? new Target.Deadline(line(field + "[" + i + "].milestone", deadline.milestone(), Text.TITLE), deadline.dueOn())
                    : target);
        }
        return Collections.unmodifiableList(checked);
    }

    private static InvalidCommand refusal(TextRefused refused) {
        return new InvalidCommand(refused.field(), refused.forApi(), refused);
    }
}
