package se.lofteskollen.command.reportform;

/** What the staff member did, as the form offers it: one of the three kinds of report. */
enum ReportKind {
    PLACE_VISIT("Platsbesök", "Besök på en plats, med åtgärder efter problembilden"),
    ACTIVITY("Aktivitet", "Fotpatrullering, orossamtal, medborgardialog, lägesbild …"),
    MEETING("Möte", "Möte i ett samverkansnätverk: Tistel, SIG, Bob-råd, SSPF …");

    private final String swedishName;
    private final String hint;

    ReportKind(String swedishName, String hint) {
        this.swedishName = swedishName;
        this.hint = hint;
    }

    public String swedishName() {
        return swedishName;
    }

    public String hint() {
        return hint;
    }
}
