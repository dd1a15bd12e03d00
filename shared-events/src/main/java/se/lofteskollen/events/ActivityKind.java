package se.lofteskollen.events;

/**
 * Counted activities other than meetings and place visits. A concern talk or a citizen dialogue is
 * recorded as having happened (and how many), never with whom.
 */
public enum ActivityKind {
    /** Fotpatrullering. */
    FOOT_PATROL,
    /** Orossamtal with young people and their parents. */
    CONCERN_TALK,
    /** Medborgardialog. */
    CITIZEN_DIALOGUE,
    /** The weekly EST lägesbild. */
    SITUATION_PICTURE,
    OTHER
}
