package se.lofteskollen.events;

/** Who answers for a commitment, and which organisation a member of staff belongs to. */
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
}
