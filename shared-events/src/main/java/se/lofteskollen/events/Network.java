package se.lofteskollen.events;

/** The cooperation networks whose meetings commitments count. */
public enum Network {
    /** Myndighetsnätverket Tistel: organised crime and criminal economy. */
    TISTEL,
    /** Sociala insatsgrupper. */
    SIG,
    /** Barn och unga i organiserad brottslighet. */
    BOB_RAD,
    /** Skola, Socialtjänst, Polis och Fritid. */
    SSPF,
    OTHER
}
