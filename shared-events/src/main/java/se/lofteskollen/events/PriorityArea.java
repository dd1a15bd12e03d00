package se.lofteskollen.events;

import java.util.Arrays;

/** The eight priority areas of the cooperation agreement, numbered as in the promise document. */
public enum PriorityArea {
    ORGANISED_CRIME(1, "Organiserad brottslighet och kriminella gäng"),
    YOUTH_CRIME(2, "Ungdomskriminalitet och normbrytande unga"),
    VIOLENCE_IN_CLOSE_RELATIONSHIPS(3, "Våld och andra brott i nära relation"),
    HONOUR_OPPRESSION(4, "Hedersförtryck"),
    WELFARE_CRIME(5, "Välfärdsbrottslighet och annan kriminell ekonomi"),
    CRIME_HOTSPOTS(6, "Brottskoncentrationer kopplade till tider och platser"),
    DRUG_AND_ALCOHOL_CRIME(7, "Narkotika- och alkoholrelaterade brott"),
    TRAFFIC_CRIME(8, "Trafikbrott");

    private final int number;
    private final String swedishName;

    PriorityArea(int number, String swedishName) {
        this.number = number;
        this.swedishName = swedishName;
    }

    public int number() {
        return number;
    }

    public String swedishName() {
        return swedishName;
    }

    public static PriorityArea byNumber(int number) {
        return Arrays.stream(values())
                .filter(area -> area.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no priority area " + number));
    }
}
