package se.lofteskollen.query.publicpage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.access.OpenForSignedPromises;

/** The citizens' page: open to anyone, in Swedish, without staff names or internal notes. */
@Controller
@BrowserPage
class PublicPageController {

    private final CitizenPages pages;
    private final FrontPages frontPages;

    PublicPageController(CitizenPages pages, FrontPages frontPages) {
        this.pages = pages;
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
        model.addAttribute("page", pages.page(promiseId));
        return "query/pages/public-promise";
    }
}
