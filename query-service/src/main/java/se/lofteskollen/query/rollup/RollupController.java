package se.lofteskollen.query.rollup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.lofteskollen.platform.pages.PageLanguage;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.report.CsvCells;
import se.lofteskollen.query.web.BadParameter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The national roll-up as open data: JSON and CSV, to anyone, of signed promises only. */
@RestController
@Tag(name = "Roll-up", description = "Every signed promise of a year side by side (open data: no names, no notes)")
public class RollupController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String KIND = "PLACE_VISIT|MEETING:[A-Z_]+|ACTIVITY:[A-Z_]+";

    private final RollupService rollups;
    private final Clock clock;

    RollupController(RollupService rollups, Clock clock) {
        this.rollups = rollups;
        this.clock = clock;
    }

    @GetMapping("/api/rollup")
    @Operation(summary = "The signed promises of a year, by police region and municipality",
            description = "For each: commitments by status and by target kind, and how far its counted targets are. "
                    + "Open to anyone. The national reader (signed in) also sees the unsigned promises, without signedOn.")
    public Rollup rollup(@Parameter(description = "Defaults to this year")
                         @RequestParam(required = false) Integer year,
                         @Parameter(hidden = true) Authentication authentication) {
        return rollups.of(yearOr(year), readsEveryPromise(authentication));
    }

    private static boolean readsEveryPromise(Authentication authentication) {
        return authentication != null && Member.of(authentication.getAuthorities()).readsEveryPromise();
    }

    @GetMapping("/api/rollup.csv")
    @Operation(summary = "The roll-up as CSV (semicolons, UTF-8 with a byte order mark, for Swedish Excel)")
    public ResponseEntity<String> csv(@RequestParam(required = false) Integer year,
                                      @Parameter(hidden = true) Authentication authentication) {
        Rollup rollup = rollups.of(yearOr(year), readsEveryPromise(authentication));
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvCells.line(header()));
        for (Rollup.Region region : rollup.regions()) {
            for (Rollup.Promise promise : region.promises()) {
                csv.append(CsvCells.line(cells(region, promise)));
            }
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"medborgarloften-" + rollup.year() + ".csv\"")
                .body(csv.toString());
    }

    @GetMapping("/api/rollup/compare")
    @Operation(summary = "One kind of counted target compared across municipalities",
            description = "kind: PLACE_VISIT, MEETING:<network> (MEETING:TISTEL) or ACTIVITY:<kind> (ACTIVITY:FOOT_PATROL).")
    public Rollup.Comparison compare(@RequestParam(required = false) Integer year,
                                     @RequestParam String kind) {
        if (!kind.matches(KIND)) {
            throw new BadParameter("kind", "kind must be PLACE_VISIT, MEETING:<network> or ACTIVITY:<kind>");
        }
        return rollups.compare(yearOr(year), kind);
    }

    /** The year asked for, or this year; a year no promise can have is refused. */
    int yearOr(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new BadParameter("year", "year must lie between 2000 and 2100");
        }
        return year != null ? year : LocalDate.now(clock).getYear();
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("Polisregion", "Län", "Kommun", "Lokalpolisområde", "Löfte",
                "Titel", "Undertecknat", "Åtaganden", "Återkallade"));
        Arrays.stream(Status.summarised()).map(status -> status.words(PageLanguage.SWEDISH)).forEach(header::add);
        header.addAll(List.of("Antal mål", "Rytm", "Tidsgräns", "Ökning", "Löpande", "Räknade mål", "Nådda",
                "Utlovat antal", "Gjort", "Procent"));
        return header;
    }

    private static List<String> cells(Rollup.Region region, Rollup.Promise promise) {
        List<String> cells = new ArrayList<>(List.of(region.policeRegion(), text(promise.county()),
                text(promise.municipality()), text(promise.policeArea()), promise.promiseId(), promise.title(),
                promise.signedOn() == null ? "" : promise.signedOn().toString(),
                String.valueOf(promise.commitments()), String.valueOf(promise.withdrawn())));
        Arrays.stream(Status.summarised()).map(status -> String.valueOf(promise.byStatus().getOrDefault(status, 0)))
                .forEach(cells::add);
        promise.byTargetKind().values().forEach(count -> cells.add(String.valueOf(count)));
        Rollup.Counted counted = promise.counted();
        cells.addAll(List.of(String.valueOf(counted.targets()), String.valueOf(counted.reached()),
                String.valueOf(counted.promised()), String.valueOf(counted.done()),
                counted.percent() == null ? "" : String.valueOf(counted.percent())));
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
