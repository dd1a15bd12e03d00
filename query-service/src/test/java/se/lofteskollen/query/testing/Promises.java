package se.lofteskollen.query.testing;

import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;

import java.util.List;

/**
 * Promises as the tests create them: unless a test says otherwise, with the eight priority areas of Västervik's
 * agreement and the two parties every promise has, the police area and the municipality it names.
 */
public final class Promises {

    public static final String POLICE = Party.POLICE.code();
    public static final String MUNICIPALITY = Party.MUNICIPALITY.code();

    /** Västervik's areas, as its promise document numbers and names them. */
    public static final List<PriorityArea> VASTERVIK_AREAS = List.of(
            new PriorityArea("1", "Organiserad brottslighet och kriminella gäng"),
            new PriorityArea("2", "Ungdomskriminalitet och normbrytande unga"),
            new PriorityArea("3", "Våld och andra brott i nära relation"),
            new PriorityArea("4", "Hedersförtryck"),
            new PriorityArea("5", "Välfärdsbrottslighet och annan kriminell ekonomi"),
            new PriorityArea("6", "Brottskoncentrationer kopplade till tider och platser"),
            new PriorityArea("7", "Narkotika- och alkoholrelaterade brott"),
            new PriorityArea("8", "Trafikbrott"));

    private Promises() {
    }

    /** A promise with Västervik's areas, whose parties are its police area and municipality; no region or county. */
    public static PromiseCreated created(String promiseId, int year, String title, String policeArea,
                                         String municipality) {
        return new PromiseCreated(promiseId, year, title, policeArea, municipality, VASTERVIK_AREAS,
                List.of(new PromiseParty(POLICE, policeArea, POLICE), new PromiseParty(MUNICIPALITY, municipality, MUNICIPALITY)), null, null, null);
    }
}
