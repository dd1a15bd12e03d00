package se.lofteskollen.query.dashboard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.platform.pages.BrowserPage;
import se.lofteskollen.query.audit.AuditEntry;
import se.lofteskollen.query.audit.AuditEntryRepository;
import se.lofteskollen.query.audit.AuditProjection;
import se.lofteskollen.query.progress.ChosenDays;
import se.lofteskollen.query.progress.Wording;
import se.lofteskollen.query.promise.AreasAndParties;
import se.lofteskollen.query.promise.AreasAndPartiesReader;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.web.NotFound;
import se.lofteskollen.query.web.Search;
import se.lofteskollen.query.web.SignedIn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Ändringar": every change of one promise from the audit, newest first, fifty a page, narrowed by kind, by days and
 * by a search (an author, an organisation, a reason, a commitment), each said as a commitment's page says its
 * history. The path names the promise, so only its readers get here.
 */
@Controller
@BrowserPage
class ChangesPageController {

    static final int PAGE = 50;

    /** One change as the list shows it: the history's line, and the codes of the commitments it concerns. */
    public record Line(CommitmentPage.ChangeLine change, List<String> commitmentCodes, String promiseId) {
    }

    /** A kind of change to narrow by. */
    public record Kind(String code, String words, boolean chosen) {
    }

    private final AuditEntryRepository audit;
    private final PromiseViewRepository promises;
    private final AreasAndPartiesReader areasAndParties;
    private final DashboardPages pages;
    private final Clock clock;

    ChangesPageController(AuditEntryRepository audit, PromiseViewRepository promises,
                          AreasAndPartiesReader areasAndParties, DashboardPages pages, Clock clock) {
        this.audit = audit;
        this.promises = promises;
        this.areasAndParties = areasAndParties;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/{promiseId}/andringar")
    @Transactional(readOnly = true)
    String page(@PathVariable String promiseId, @RequestParam(required = false) String sok,
                @RequestParam(required = false) String slag, @RequestParam(required = false) String fran,
                @RequestParam(required = false) String till, @RequestParam(required = false) Integer sida,
                Authentication authentication, Model model) {
        PromiseView promise = promises.findById(promiseId).orElseThrow(() -> new NotFound("no promise " + promiseId));
        List<String> problems = new ArrayList<>();
        LocalDate from = ChosenDays.read(fran, problems);
        LocalDate to = ChosenDays.read(till, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(Wording.say("changes.reversed"));
            from = null;
            to = null;
        }
        String kind = Arrays.stream(AuditProjection.Change.values()).map(Enum::name)
                .filter(code -> code.equals(slag)).findFirst().orElse(null);
        String search = sok == null ? "" : sok.strip();
        int number = sida == null ? 1 : Math.max(1, sida);
        Page<AuditEntry> changes = audit.findChangesOfPromise(promiseId, kind,
                search.isEmpty() ? null : Search.containing(search.toLowerCase(Locale.ROOT)),
                from == null ? Instant.EPOCH : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? clock.instant() : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1000),
                PageRequest.of(number - 1, PAGE));
        AreasAndParties own = areasAndParties.of(promiseId);
        model.addAttribute("signedIn", SignedIn.name(authentication));
        model.addAttribute("promise", promise);
        model.addAttribute("search", search);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("kinds", Arrays.stream(AuditProjection.Change.values())
                .map(code -> new Kind(code.name(), Wording.say("change." + code.name()), code.name().equals(kind))).toList());
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("lines", changes.getContent().stream().map(entry -> new Line(pages.changeLine(entry, own),
                entry.getCommitmentIds().stream().map(id -> CommitmentCodes.of(promiseId, id)).sorted(CommitmentCodes.ORDER).toList(), promiseId)).toList());
        model.addAttribute("number", number);
        model.addAttribute("pages", Math.max(1, changes.getTotalPages()));
        model.addAttribute("total", changes.getTotalElements());
        model.addAttribute("more", changes.hasNext());
        model.addAttribute("problems", problems);
        return "query/pages/changes";
    }
}
