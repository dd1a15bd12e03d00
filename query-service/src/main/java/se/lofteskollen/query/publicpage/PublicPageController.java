package se.lofteskollen.query.publicpage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** The citizens' page: open to anyone, in Swedish, without staff names or internal notes. */
@Controller
class PublicPageController {

    private final CitizenPages pages;

    PublicPageController(CitizenPages pages) {
        this.pages = pages;
    }

    /** The service's front door leads citizens to this year's promise. */
    @GetMapping("/")
    String home() {
        return pages.newestPromiseId()
                .map(id -> "redirect:" + UriComponentsBuilder.fromPath("/public/promises/{id}").buildAndExpand(id).encode().toUriString())
                .orElse("query/pages/no-promise");
    }

    @GetMapping("/public/promises/{promiseId}")
    String promise(@PathVariable String promiseId, Model model) {
        model.addAttribute("page", pages.page(promiseId));
        return "query/pages/public-promise";
    }
}
