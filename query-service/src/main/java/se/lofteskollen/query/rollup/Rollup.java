package se.lofteskollen.query.rollup;

import io.swagger.v3.oas.annotations.media.Schema;
import se.lofteskollen.query.progress.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every signed promise of a year side by side, grouped by police region, then municipality: open data, so nothing
 * in it names a person or carries a note.
 */
@Schema(description = "The signed promises of a year, by police region, then municipality")
public record Rollup(int year, int promises, List<Region> regions) {

    /** A police region ("Polisregion Öst"), or "Ej angiven" for promises that did not state theirs. */
    public record Region(String policeRegion, List<Promise> promises) {
    }

    /**
     * One municipality's promise.
     *
     * @param byStatus      how many commitments have each status, withdrawn ones apart
     * @param byTargetKind  how many commitments have a target of each kind (COUNT, CADENCE, DEADLINE, INCREASE),
     *                      and ONGOING for those without targets
     * @param counted       the promise's counted targets (each number it promised once, however many commitments share it)
     * @param signedOn      when it was signed; absent only in the national reader's roll-up, which has unsigned ones
     */
    public record Promise(String promiseId, String municipality, String county, String policeArea, String title,
                          LocalDate signedOn, int commitments, int withdrawn, Map<Status, Integer> byStatus,
                          Map<String, Integer> byTargetKind, Counted counted) {
    }

    /**
     * Counted targets: how many there are, how many are reached, and how far they are as a whole: the share of the
     * promised numbers done, each target counting at most its own number.
     */
    public record Counted(int targets, int reached, int promised, int done, Integer percent) {
    }

    /** One kind of counted target (e.g. place visits) compared across the municipalities that promised it. */
    public record Comparison(int year, String kind, String label, List<Line> lines) {

        public record Line(String promiseId, String municipality, String policeRegion, int promised, int done,
                           int percent) {
        }
    }
}
