package se.lofteskollen.query.publicpage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lofteskollen.query.progress.ProgressInWords;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the front page from the promise and commitment read models in two small queries (which year, then its
 * promises with their commitment counts), whatever the number of promises: no promise's progress is worked out here.
 */
@Service
@Transactional(readOnly = true)
public class FrontPages {

    private static final Collator SWEDISH_ORDER = Collator.getInstance(ProgressInWords.SWEDISH);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FrontPages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The signed promises of this year, or of the newest year that has some; empty when no promise is signed at all.
     *
     * @param municipality part of a municipality's name, in any case; blank or null for every municipality
     */
    public Optional<FrontPage> page(String municipality) {
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = jdbc.queryForObject("""
                SELECT coalesce(max(year) FILTER (WHERE year = ?), max(year))
                FROM promise_view WHERE signed_at IS NOT NULL""", Integer.class, thisYear);
        if (year == null) {
            return Optional.empty();
        }
        String search = municipality == null || municipality.isBlank() ? null : municipality.strip();
        List<FrontPage.Promise> promises = jdbc.query("""
                        SELECT p.promise_id, p.municipality, p.police_area, p.police_region, p.county, p.title,
                               p.signed_on, count(c.commitment_id) FILTER (WHERE c.withdrawn_at IS NULL) AS commitments
                        FROM promise_view p LEFT JOIN commitment_view c ON c.promise_id = p.promise_id
                        WHERE p.signed_at IS NOT NULL AND p.year = ?
                        GROUP BY p.promise_id""",
                        (row, i) -> new FrontPage.Promise(row.getString("promise_id"), row.getString("municipality"),
                                row.getString("police_area"),
                                Stream.of(row.getString("police_region"), row.getString("county"))
                                        .filter(Objects::nonNull).filter(name -> !name.isBlank())
                                        .collect(Collectors.joining(", ")),
                                row.getString("title"),
                                ProgressInWords.date(row.getObject("signed_on", LocalDate.class)),
                                row.getInt("commitments")),
                        year).stream()
                .filter(promise -> search == null || folded(promise.municipality()).contains(folded(search)))
                .sorted(Comparator.comparing((FrontPage.Promise promise) -> nonNull(promise.municipality()), SWEDISH_ORDER)
                        .thenComparing(promise -> nonNull(promise.policeArea()), SWEDISH_ORDER)
                        .thenComparing(FrontPage.Promise::promiseId))
                .toList();
        return Optional.of(new FrontPage(year, thisYear, search, promises));
    }

    /**
     * Compared in Java, not by ILIKE: the database's collation may be "C", which folds no å, ä or ö; and "ä" typed
     * as a and a combining mark is the same letter.
     */
    private static String folded(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(ProgressInWords.SWEDISH);
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }
}
