package se.lofteskollen.query.rollup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.platform.pages.BrowserPage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The roll-up as a page for anyone: one table of the year's signed promises, sortable by its columns through links
 * (no script), and one kind of counted target compared across municipalities.
 */
@Controller
@BrowserPage
class RollupPageController {

    /** The kinds people compare most; any other is asked for by its key in the address. */
    static final Map<String, String> KINDS = Map.of(
            "PLACE_VISIT", "Platsbesök",
            "MEETING:TISTEL", "Tistelmöten",
            "ACTIVITY:FOOT_PATROL", "Fotpatruller",
            "ACTIVITY:CITIZEN_DIALOGUE", "Medborgardialoger");

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
        model.addAttribute("kinds", KINDS);
        if (kind != null && kind.matches(RollupController.KIND)) {
            model.addAttribute("comparison", rollups.compare(shown, kind));
        }
        return "query/pages/rollup";
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
