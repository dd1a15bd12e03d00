package se.lofteskollen.events.upcasting;

import se.lofteskollen.events.PriorityArea;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The priority areas revision 1 of the events could name: the eight of the cooperation agreement behind
 * Västervik's promise, fixed in code as names such as {@code CRIME_HOTSPOTS}. Every promise stored in revision 1
 * had these, numbered as in its document. Frozen: a new area is data of a promise, never a line here.
 */
final class RevisionOneAreas {

    record Area(String name, PriorityArea area) {
    }

    static final List<Area> ALL = List.of(
            new Area("ORGANISED_CRIME", new PriorityArea("1", "Organiserad brottslighet och kriminella gäng")),
            new Area("YOUTH_CRIME", new PriorityArea("2", "Ungdomskriminalitet och normbrytande unga")),
            new Area("VIOLENCE_IN_CLOSE_RELATIONSHIPS", new PriorityArea("3", "Våld och andra brott i nära relation")),
            new Area("HONOUR_OPPRESSION", new PriorityArea("4", "Hedersförtryck")),
            new Area("WELFARE_CRIME", new PriorityArea("5", "Välfärdsbrottslighet och annan kriminell ekonomi")),
            new Area("CRIME_HOTSPOTS", new PriorityArea("6", "Brottskoncentrationer kopplade till tider och platser")),
            new Area("DRUG_AND_ALCOHOL_CRIME", new PriorityArea("7", "Narkotika- och alkoholrelaterade brott")),
            new Area("TRAFFIC_CRIME", new PriorityArea("8", "Trafikbrott")));

    private static final Map<String, PriorityArea> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Area::name, Area::area));

    private RevisionOneAreas() {
    }

    /** The area a revision 1 name stood for; a name revision 1 never wrote is an error, not a guess. */
    static PriorityArea named(String name) {
        PriorityArea area = BY_NAME.get(name);
        if (area == null) {
            throw new IllegalArgumentException("no priority area " + name + " in revision 1");
        }
        return area;
    }

    static List<PriorityArea> areas() {
        return ALL.stream().map(Area::area).toList();
    }
}
