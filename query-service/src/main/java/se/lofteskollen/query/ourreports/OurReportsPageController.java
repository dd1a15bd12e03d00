package se.lofteskollen.query.ourreports;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.platform.pages.OtherService;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.web.NotFound;
import se.lofteskollen.query.web.SignedIn;

/**
 * "Mina rapporter": the reports of the signed-in person's organisations, newest first, fifty a page, searchable,
 * and in the same form every report of one promise ("Löftets rapporter");
 * each with a link to retract it on the command-service's form (where the permission to retract is decided). A
 * member of no organisation (the national reader) has none.
 */
@Controller
@BrowserPage
class OurReportsPageController {

    static final String PATH = "/dashboard/rapporter";

    private final OurReports reports;
    private final PromiseViewRepository promises;
    private final String commandService;

    OurReportsPageController(OurReports reports, PromiseViewRepository promises, OtherService otherService) {
        this.reports = reports;
        this.promises = promises;
        this.commandService = otherService.commandService();
    }

    /**
     * Every report of one promise, for its readers (the path names the promise, so only they get here): what a
     * coordinator picks a report to retract from, and where anyone following the promise looks one up.
     */
    @GetMapping("/dashboard/{promiseId}/rapporter")
    String promise(@PathVariable String promiseId, @RequestParam(required = false) String sok,
                   @RequestParam(required = false) Integer sida, Authentication authentication, Model model) {
        PromiseView promise = promises.findById(promiseId).orElseThrow(() -> new NotFound("no promise " + promiseId));
        model.addAttribute("signedIn", SignedIn.name(authentication));
        model.addAttribute("search", sok == null ? "" : sok.strip());
        model.addAttribute("page", reports.ofPromise(promiseId, sok, sida == null ? 1 : sida));
        model.addAttribute("promise", promise);
        model.addAttribute("organisations", true);
        model.addAttribute("commandService", commandService);
        return "query/pages/our-reports";
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String sok, @RequestParam(required = false) Integer sida,
                Authentication authentication, Model model) {
        Member member = Member.of(authentication.getAuthorities());
        model.addAttribute("signedIn", SignedIn.name(authentication));
        model.addAttribute("search", sok == null ? "" : sok.strip());
        model.addAttribute("page", reports.of(member.organisations(), sok, sida == null ? 1 : sida));
        model.addAttribute("organisations", !member.organisations().isEmpty());
        model.addAttribute("commandService", commandService);
        return "query/pages/our-reports";
    }
}
