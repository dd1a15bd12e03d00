package se.lofteskollen.events;

/**
 * Counted activities other than meetings and place visits. A concern talk or a citizen dialogue is
 * recorded as having happened (and how many), never with whom.
 */
public enum ActivityKind {
    /** Fotpatrullering. */
    FOOT_PATROL("Fotpatrullering"),
    /** Orossamtal with young people and their parents. */
    CONCERN_TALK("Orossamtal"),
    /** Medborgardialog. */
    CITIZEN_DIALOGUE("Medborgardialog"),
    /** The weekly EST lägesbild. */
    SITUATION_PICTURE("Lägesbild (EST)"),
    OTHER("Annan aktivitet");

    private final String swedishName;

    ActivityKind(String swedishName) {
        this.swedishName = swedishName;
    }

    /** One such activity, as staff call it. */
    public String swedishName() {
        return swedishName;
    }
}
