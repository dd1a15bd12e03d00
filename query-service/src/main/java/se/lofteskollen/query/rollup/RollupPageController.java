package se.lofteskollen.query.rollup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.progress.MeasureNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roll-up as a page for anyone: one table of the year's signed promises, sortable by its columns through links
 * (no script), and one kind of counted target compared across municipalities.
 */
@Controller
@BrowserPage
class RollupPageController {

    /** The kinds people compare most; any other is asked for by its key in the address. */
    static final List<String> KINDS = List.of("PLACE_VISIT", "MEETING:TISTEL", "ACTIVITY:FOOT_PATROL",
            "ACTIVITY:CITIZEN_DIALOGUE");

    private final RollupService rollups;
    private final RollupController api;

    RollupPageController(RollupService rollups, RollupController api) {
        this.rollups = rollups;
        this.api = api;
    }

    /** A promise's line in the table, with the police region it is grouped under. */
    record Row(String policeRegion, Rollup.Promise promise) {
    }

    @GetMapping("/public/rollup")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "region") String sort,
                @RequestParam(required = false) String kind,
                Model model) {
        int shown = api.yearOr(year == null || year < 2000 || year > 2100 ? null : year);
        Rollup rollup = rollups.of(shown);
        List<Row> rows = new ArrayList<>();
        rollup.regions().forEach(region -> region.promises().forEach(promise -> rows.add(new Row(region.policeRegion(), promise))));
        rows.sort(order(sort));
        model.addAttribute("rollup", rollup);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sort);
        // The API names a promise without a police region by this word, in Swedish; the page in its reader's.
        model.addAttribute("noRegion", RollupService.NO_REGION);
        Map<String, String> kinds = new LinkedHashMap<>();
        KINDS.forEach(key -> kinds.put(key, measureOf(key).map(MeasureNames::plural).orElse(key)));
        model.addAttribute("kinds", kinds);
        if (kind != null && kind.matches(RollupController.KIND)) {
            Rollup.Comparison comparison = rollups.compare(shown, kind);
            model.addAttribute("comparison", comparison);
            // The API's label is Swedish whoever asks; the page names the kind in its reader's language.
            model.addAttribute("comparisonLabel", measureOf(kind).map(MeasureNames::plural).orElse(comparison.label()));
        }
        return "query/pages/rollup";
    }

    /** The measure a kind's key (PLACE_VISIT, MEETING:TISTEL, ACTIVITY:FOOT_PATROL) counts; none for an unknown one. */
    static Optional<Measure> measureOf(String kind) {
        String[] parts = kind.split(":", 2);
        try {
            return switch (parts[0]) {
                case "PLACE_VISIT" -> Optional.of(Measure.placeVisits());
                case "MEETING" -> Optional.of(Measure.meetingsOf(Network.valueOf(parts[1])));
                case "ACTIVITY" -> Optional.of(Measure.activities(ActivityKind.valueOf(parts[1])));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException unknown) {
            return Optional.empty();
        }
    }

    private static Comparator<Row> order(String sort) {
        Comparator<Row> byMunicipality = Comparator.comparing(row -> String.valueOf(row.promise().municipality()));
        return switch (sort) {
            case "kommun" -> byMunicipality;
            case "atag" -> Comparator.comparingInt((Row row) -> row.promise().commitments()).reversed().thenComparing(byMunicipality);
            case "procent" -> Comparator.comparing((Row row) -> row.promise().counted().percent() == null ? -1
                    : row.promise().counted().percent()).reversed().thenComparing(byMunicipality);
            default -> Comparator.comparing(Row::policeRegion).thenComparing(byMunicipality);
        };
    }
}
