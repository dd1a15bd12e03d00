package se.lofteskollen.query.publicpage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.access.OpenForSignedPromises;
import se.lofteskollen.query.live.LiveFigures;

/** The citizens' page: open to anyone, in Swedish or on request English, without staff names or internal notes. */
@Controller
@BrowserPage
class PublicPageController {

    private final CitizenPages pages;
    private final FrontPages frontPages;
    private final LiveFigures live;

    PublicPageController(CitizenPages pages, FrontPages frontPages, LiveFigures live) {
        this.pages = pages;
        this.live = live;
        this.frontPages = frontPages;
    }

    /** The service's front door: this year's signed promises, searchable by municipality with a plain form. */
    @GetMapping("/")
    String home(@RequestParam(name = "kommun", required = false) String municipality, Model model) {
        return frontPages.page(municipality).map(page -> {
            model.addAttribute("page", page);
            return "query/pages/front-page";
        }).orElse("query/pages/no-promise");
    }

    @OpenForSignedPromises
    @GetMapping("/public/promises/{promiseId}")
    String promise(@PathVariable String promiseId, Model model) {
        // Before the page is built, so that the page is at least as new as the number the script compares with.
        live.ofPromise(promiseId).ifPresent(figures -> model.addAttribute("live", figures));
        model.addAttribute("page", pages.page(promiseId));
        return "query/pages/public-promise";
    }
}
