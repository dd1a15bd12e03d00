package se.lofteskollen.query.publicpage;

import java.util.List;

/**
 * The citizens' front page: the signed promises of one year, each with where it applies and how many commitments it
 * follows up. It holds no person's name: the signatories are on each promise's own page.
 *
 * @param year     the year shown: this year, or the newest year with a signed promise when this year has none
 * @param thisYear today's year
 * @param search   the municipality searched for, trimmed; null when the page is not searched
 * @param promises the year's signed promises (those whose municipality matches the search, when searched)
 */
public record FrontPage(int year, int thisYear, String search, List<Promise> promises) {

    /**
     * @param regionAndCounty "Polisregion Öst, Kalmar län"; empty when the promise names neither
     * @param commitments     the commitments followed up: those not withdrawn
     */
    public record Promise(String promiseId, String municipality, String policeArea, String regionAndCounty,
                          String title, String signedOn, int commitments) {
    }

    public boolean anotherYear() {
        return year != thisYear;
    }

    public boolean searched() {
        return search != null;
    }
}
