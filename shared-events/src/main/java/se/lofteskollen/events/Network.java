package se.lofteskollen.events;

/** The cooperation networks whose meetings commitments count. */
public enum Network {
    /** Myndighetsnätverket Tistel: organised crime and criminal economy. */
    TISTEL("Tistel"),
    /** Sociala insatsgrupper. */
    SIG("SIG (sociala insatsgrupper)"),
    /** Barn och unga i organiserad brottslighet. */
    BOB_RAD("Bob-råd"),
    /** Skola, Socialtjänst, Polis och Fritid. */
    SSPF("SSPF"),
    OTHER("Annat nätverk");

    private final String swedishName;

    Network(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
