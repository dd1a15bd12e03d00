package se.lofteskollen.query.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.access.PromiseReaders;
import se.lofteskollen.query.live.LiveFigures;
import se.lofteskollen.query.report.FollowUpReportController;
import se.lofteskollen.query.web.SignedIn;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The management dashboard: a promise's progress on any date, and each commitment's reports and history. */
@Controller
@BrowserPage
@RequestMapping("/dashboard")
class DashboardController {

    private final DashboardPages pages;
    private final FollowUpReportController followUpReport;
    private final PromiseReaders readers;
    private final LiveFigures live;
    private final Clock clock;

    DashboardController(DashboardPages pages, FollowUpReportController followUpReport, PromiseReaders readers,
                        LiveFigures live, Clock clock) {
        this.pages = pages;
        this.live = live;
        this.followUpReport = followUpReport;
        this.readers = readers;
        this.clock = clock;
    }

    @ModelAttribute("signedIn")
    String signedIn(Authentication authentication) {
        return SignedIn.name(authentication);
    }

    /** The newest promise the signed-in member reads (their organisations act in it, or they read every one). */
    @GetMapping
    String newest(Authentication authentication) {
        return pages.newestPromiseId(readers.of(authentication))
                .map(id -> "redirect:" + UriComponentsBuilder.fromPath("/dashboard/{id}").buildAndExpand(id).encode().toUriString())
                .orElse("query/pages/none-of-yours");
    }

    /**
     * One promise's dashboard; {@code part}, {@code omrade} and {@code status} narrow its commitments to one party's,
     * one area's or one status (a code each; an unknown one narrows to none, and the page says what it shows).
     */
    @GetMapping("/{promiseId}")
    String promise(@PathVariable String promiseId, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String knownAt, @RequestParam(required = false) String part,
                   @RequestParam(required = false) String omrade, @RequestParam(required = false) String status,
                   Model model) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        liveUnlessKnownAt(cut, () -> live.ofPromise(promiseId), model);
        model.addAttribute("page", pages.dashboard(promiseId, cut, new Narrowing(part, omrade, status)));
        return "query/pages/dashboard";
    }

    @GetMapping("/commitments/{commitmentId}")
    String commitment(@PathVariable String commitmentId, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String knownAt, Model model) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        liveUnlessKnownAt(cut, () -> live.ofCommitment(commitmentId), model);
        model.addAttribute("page", pages.commitment(commitmentId, cut));
        model.addAttribute("problems", cut.problems());
        return "query/pages/dashboard-commitment";
    }

    /**
     * The figures follow new reports live (the script reads the promise's progress stream), except as known at a
     * chosen time, which no new report changes. Asked before the page is built, so that the page is at least as new.
     */
    private static void liveUnlessKnownAt(Cut cut, Supplier<Optional<LiveFigures.Live>> figures, Model model) {
        if (cut.knownAt() == null) {
            figures.get().ifPresent(live -> model.addAttribute("live", live));
        }
    }

    /**
     * The printable follow-up report, behind the browser login: the same page as the API's, which a browser
     * holding only a session (no HTTP Basic credentials) could not open there. Its downloads below are the API's
     * behind the same login.
     */
    @GetMapping("/{promiseId}/uppfoljning")
    ResponseEntity<String> followUpReport(@PathVariable String promiseId, @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) String knownAt) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        return followUpReport.page(promiseId, cut.asOf(), cut.knownAt(), null, "/dashboard/{id}/uppfoljning");
    }

    @GetMapping("/{promiseId}/uppfoljning.csv")
    ResponseEntity<byte[]> followUpReportCsv(@PathVariable String promiseId, @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String knownAt) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        return followUpReport.csv(promiseId, cut.asOf(), cut.knownAt(), null);
    }

    @GetMapping("/{promiseId}/uppfoljning.pdf")
    ResponseEntity<byte[]> followUpReportPdf(@PathVariable String promiseId, @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String knownAt) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        return followUpReport.pdf(promiseId, cut.asOf(), cut.knownAt(), null);
    }

    @GetMapping("/{promiseId}/uppfoljning.xlsx")
    ResponseEntity<byte[]> followUpReportXlsx(@PathVariable String promiseId, @RequestParam(required = false) String asOf,
                                              @RequestParam(required = false) String knownAt) {
        Cut cut = Cut.parse(asOf, knownAt, clock.getZone());
        return followUpReport.xlsx(promiseId, cut.asOf(), cut.knownAt(), null);
    }
}
