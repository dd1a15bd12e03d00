package se.lofteskollen.query.places;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.places.PlacesController.Places;
import se.lofteskollen.query.progress.ChosenDays;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.Wording;
import se.lofteskollen.query.web.BadParameter;
import se.lofteskollen.query.web.SignedIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a promise's visits went to, for the staff planning where to go next: each place and each area with its
 * visits, as a table whose bars show the same numbers (most visited first), for any stretch of the year. The API's
 * own count ({@link PlacesController}); no map, so nothing is fetched from outside.
 */
@Controller
@BrowserPage
class PlacesPageController {

    /** A row: its name, visits, and the bar's length against the most visited. */
    public record Line(String name, String detail, int visits, int max) {
    }

    private final PlacesController places;

    PlacesPageController(PlacesController places) {
        this.places = places;
    }

    @GetMapping("/dashboard/{promiseId}/platser")
    String page(@PathVariable String promiseId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Authentication authentication, Model model) {
        List<String> problems = new ArrayList<>();
        LocalDate start = ChosenDays.read(from, problems);
        LocalDate end = ChosenDays.read(to, problems);
        Places counted;
        try {
            counted = places.places(promiseId, start, end, null, null);
        } catch (BadParameter reversed) {
            problems.add(Wording.say("places.reversed"));
            counted = places.places(promiseId, null, null, null, null);
        }
        int mostAtAPlace = counted.places().stream().mapToInt(PlacesController.PlaceCount::visits).max().orElse(1);
        int mostInAnArea = counted.areas().stream().mapToInt(PlacesController.AreaCount::visits).max().orElse(1);
        model.addAttribute("signedIn", SignedIn.name(authentication));
        model.addAttribute("promiseId", promiseId);
        model.addAttribute("from", counted.from().toString());
        model.addAttribute("to", counted.to().toString());
        model.addAttribute("period", ProgressInWords.date(counted.from()) + " – " + ProgressInWords.date(counted.to()));
        model.addAttribute("visits", counted.visits());
        model.addAttribute("places", counted.places().stream().map(place -> new Line(place.name(),
                place.area() == null ? "" : place.area(), place.visits(), mostAtAPlace)).toList());
        model.addAttribute("areas", counted.areas().stream().map(area -> new Line(
                area.area() == null ? Wording.say("places.noArea") : area.area(),
                Wording.say(area.places() == 1 ? "places.onePlace" : "places.manyPlaces", area.places()), area.visits(),
                mostInAnArea)).toList());
        model.addAttribute("problems", problems);
        return "query/pages/places";
    }
}
