package se.lofteskollen.query.dashboard;

import se.lofteskollen.query.progress.CommitmentProgress;

/**
 * Which commitments the dashboard shows: those a party answers for, of an area, of a status (codes, as the
 * promise and the progress name them); blank is any. A commitment shows when it matches each that is given.
 */
record Narrowing(String party, String area, String status) {

    static final Narrowing NONE = new Narrowing(null, null, null);

    Narrowing {
        party = blankAsNull(party);
        area = blankAsNull(area);
        status = blankAsNull(status);
    }

    boolean any() {
        return party != null || area != null || status != null;
    }

    boolean shows(String areaCode, CommitmentProgress commitment) {
        return (party == null || commitment.responsible().contains(party))
                && (area == null || area.equals(areaCode))
                && (status == null || status.equals(commitment.status().name()));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
