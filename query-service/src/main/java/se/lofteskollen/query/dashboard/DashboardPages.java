package se.lofteskollen.query.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.platform.pages.OtherService;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.Party;
import se.lofteskollen.platform.security.Roles;
import se.lofteskollen.query.audit.AuditEntry;
import se.lofteskollen.query.audit.AuditEntryRepository;
import se.lofteskollen.query.commitmentdetail.CommitmentDetail;
import se.lofteskollen.query.commitmentdetail.CommitmentDetails;
import se.lofteskollen.query.commitmentdetail.TargetCourse;
import se.lofteskollen.query.access.PromiseReaders;
import se.lofteskollen.query.progress.LastYearsProgress;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.MilestoneNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.progress.Wording;
import se.lofteskollen.query.promise.AreasAndParties;
import se.lofteskollen.query.promise.AreasAndPartiesReader;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the dashboard pages from the progress, commitment and audit read models. */
@Service
@Transactional(readOnly = true)
class DashboardPages {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ProgressService progress;
    private final PromiseViewRepository promises;
    private final CommitmentDetails details;
    private final AuditEntryRepository audit;
    private final ChangeWords changes;
    private final AreasAndPartiesReader areasAndParties;
    private final LastYearsProgress lastYears;
    private final Clock clock;
    /** The command-service's address, where Att göra's forms are; null when the pages know none. */
    private final String commandService;

    DashboardPages(ProgressService progress, PromiseViewRepository promises, CommitmentDetails details,
                   AuditEntryRepository audit, ChangeWords changes, AreasAndPartiesReader areasAndParties,
                   LastYearsProgress lastYears, Clock clock, OtherService otherService) {
        this.commandService = otherService.commandService();
        this.progress = progress;
        this.lastYears = lastYears;
        this.promises = promises;
        this.areasAndParties = areasAndParties;
        this.details = details;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    Optional<String> newestPromiseId(PromiseReaders.Readable readable) {
        return promises.findAllByOrderByYearDescPromiseIdAsc().stream().map(PromiseView::getPromiseId)
                .filter(readable::includes).findFirst();
    }

    DashboardPage dashboard(String promiseId, Cut cut, Narrowing narrowing) {
        PromiseProgress judged = progress.ofPromise(promiseId, cut.asOf(), cut.knownAt());
        List<DashboardPage.Counter> headline = judged.headline().stream()
                .map(counter -> new DashboardPage.Counter(ProgressInWords.label(counter), counter.achieved(), counter.of(),
                        ProgressInWords.headline(counter)))
                .toList();
        List<DashboardPage.StatusCount> byStatus = judged.summary().byStatus().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new DashboardPage.StatusCount(entry.getKey().words(), entry.getKey().name(), entry.getValue()))
                .toList();
        Optional<LastYearsProgress.Comparison> lastYear = lastYears.of(promiseId);
        List<DashboardPage.Area> areas = judged.areas().stream()
                .map(area -> new DashboardPage.Area(area.priorityArea(), area.name(), area.commitments().stream()
                        .filter(commitment -> narrowing.shows(area.priorityArea(), commitment))
                        .map(commitment -> row(judged, commitment, cut.knownAt(), lastYear)).toList()))
                .filter(area -> !area.rows().isEmpty())
                .toList();
        AreasAndParties own = areasAndParties.of(promiseId);
        DashboardPage.Choices choices = new DashboardPage.Choices(
                own.parties().stream().map(party -> new DashboardPage.Choice(party.code(),
                        party.name() == null ? party.code() : party.name(), party.code().equals(narrowing.party()))).toList(),
                own.priorityAreas().stream().map(area -> new DashboardPage.Choice(area.code(),
                        area.code() + ". " + area.name(), area.code().equals(narrowing.area()))).toList(),
                Arrays.stream(Status.values()).map(status -> new DashboardPage.Choice(status.name(),
                        status.words(), status.name().equals(narrowing.status()))).toList(),
                narrowing.any(), areas.stream().mapToInt(area -> area.rows().size()).sum());
        return new DashboardPage(promiseId, judged.year(), judged.title(), judged.asOf().toString(),
                ProgressInWords.date(judged.asOf()), cut.asOf() != null && !cut.asOf().equals(judged.asOf()),
                cut.knownAt() == null ? "" : cut.knownAt().atZone(clock.getZone()).format(PICKER),
                knownAtText(cut.knownAt()), LocalDate.of(judged.year(), 1, 1).toString(),
                LocalDate.of(judged.year(), 12, 31).toString(), judged.daysElapsed(), judged.daysInYear(), headline,
                judged.summary().commitments(), judged.summary().withdrawn(), byStatus, areas,
                href("/dashboard/{id}/uppfoljning", promiseId, judged.asOf(), cut.knownAt()),
                href("/dashboard/{id}/uppfoljning.csv", promiseId, judged.asOf(), cut.knownAt()),
                href("/dashboard/{id}/uppfoljning.pdf", promiseId, judged.asOf(), cut.knownAt()),
                href("/dashboard/{id}/uppfoljning.xlsx", promiseId, judged.asOf(), cut.knownAt()), cut.problems(),
                lastYear.map(comparison -> new DashboardPage.LastYear(comparison.promise().year(),
                        comparison.promise().title(), href("/dashboard/{id}", comparison.promise().promiseId(), null, null)))
                        .orElse(null), choices,
                ToDo.of(judged, id -> href("/dashboard/commitments/{id}", id, judged.asOf(), cut.knownAt()), commandService));
    }

    CommitmentPage commitment(String commitmentId, Cut cut) {
        CommitmentDetail detail = details.of(commitmentId, cut.asOf(), cut.knownAt());
        List<TargetCourse> courses = details.courses(commitmentId, cut.asOf(), cut.knownAt());
        int year = detail.asOf() == null ? LocalDate.now(clock).getYear() : detail.asOf().getYear();
        CommitmentProgress judged = detail.progress();
        List<DashboardPage.TargetLine> targets = judged == null ? List.of() : targetLines(judged);
        Status status = judged == null ? null : judged.status();
        AreasAndParties own = areasAndParties.of(detail.promiseId());
        List<CommitmentPage.ReportLine> reports = detail.reports().stream().map(entry -> reportLine(entry, own)).toList();
        List<CommitmentPage.ChangeLine> history = audit.findHistoryOf(commitmentId).stream()
                .map(entry -> changeLine(entry, own)).toList();
        return new CommitmentPage(detail.commitmentId(), detail.promiseId(), detail.code(),
                detail.priorityArea() + ". " + detail.priorityAreaName(),
                ProgressInWords.parties(detail.responsibleParties()), detail.text(),
                status == null ? "" : status.words(), status == null ? "" : status.name(), targets,
                detail.baseline() == null ? null
                        : Wording.say("commitmentPage.baselineValue", detail.baseline().value(), detail.baseline().basis(),
                                minute(detail.baseline().setAt())),
                detail.withdrawn() == null ? null
                        : Wording.say("commitmentPage.withdrawnAt", minute(detail.withdrawn().at()), detail.withdrawn().reason()),
                ProgressInWords.date(detail.asOf()), knownAtText(cut.knownAt()),
                href("/dashboard/{id}", detail.promiseId(), detail.asOf(), cut.knownAt()), reports, history,
                lastYears.of(detail.promiseId()).flatMap(comparison -> comparison.of(commitmentId)
                        .map(before -> new CommitmentPage.LastYear(comparison.promise().year(), before.code(),
                                before.status().words(), before.status().name(), targetLines(before),
                                href("/dashboard/commitments/{id}", before.commitmentId(), null, null))))
                        .orElse(null),
                Charts.paceCharts(courses, year), Charts.strips(courses, year));
    }

    private DashboardPage.Row row(PromiseProgress judged, CommitmentProgress commitment, Instant knownAt,
                                  Optional<LastYearsProgress.Comparison> lastYear) {
        return new DashboardPage.Row(href("/dashboard/commitments/{id}", commitment.commitmentId(), judged.asOf(), knownAt),
                commitment.code(), ProgressInWords.parties(judged.responsibleFor(commitment)), commitment.text(),
                commitment.status().words(), commitment.status().name(), targetLines(commitment),
                commitment.withdrawalReason(), lastYear.flatMap(comparison -> comparison.of(commitment.commitmentId()))
                .map(before -> new DashboardPage.Comparison(lastYearInWords(before), before.status().words(),
                        before.status().name(), href("/dashboard/commitments/{id}", before.commitmentId(), null, null)))
                .orElse(null));
    }

    /** "64 av 100 platsbesök" for each target; an ongoing commitment by when it was last reported. */
    private static String lastYearInWords(CommitmentProgress before) {
        return targetLines(before).stream().map(DashboardPage.TargetLine::achieved)
                .collect(Collectors.joining("; "));
    }

    private static List<DashboardPage.TargetLine> targetLines(CommitmentProgress commitment) {
        if (commitment.targets().isEmpty()) {
            return List.of(new DashboardPage.TargetLine(Wording.say("progress.ongoing"),
                    ProgressInWords.ongoing(commitment.lastReportedOn(), commitment.done()), "",
                    commitment.status().words(), commitment.status().name(), null, null));
        }
        List<DashboardPage.TargetLine> lines = new ArrayList<>();
        for (TargetProgress target : commitment.targets()) {
            Status status = commitment.withdrawn() ? Status.WITHDRAWN : target.status();
            boolean counted = target.target() instanceof Target.Count || target.target() instanceof Target.Cadence
                    || (target.target() instanceof Target.Increase && target.required() != null);
            // An increase is done once it passes the baseline: its bar runs to one more than it.
            Integer max = !counted ? null
                    : target.target() instanceof Target.Increase ? target.required() + 1 : target.required();
            lines.add(new DashboardPage.TargetLine(MeasureNames.describe(target.target()), ProgressInWords.achieved(target),
                    ProgressInWords.expected(target), status.words(), status.name(),
                    counted ? Math.min(target.achieved(), max) : null, max));
        }
        return lines;
    }

    private CommitmentPage.ReportLine reportLine(CommitmentDetail.Entry entry, AreasAndParties own) {
        List<String> lines = new ArrayList<>();
        if (entry.place() != null) {
            lines.add(entry.place().area() == null ? Wording.say("commitmentPage.place", entry.place().name())
                    : Wording.say("commitmentPage.placeInArea", entry.place().name(), entry.place().area()));
        }
        if (entry.participants() != null) {
            lines.add(Wording.say("commitmentPage.participants", entry.participants()));
        }
        addIfPresent(lines, "commitmentPage.milestone", MilestoneNames.shown(entry.milestone()));
        addIfPresent(lines, "commitmentPage.problemPicture", entry.problemPicture());
        addIfPresent(lines, "commitmentPage.measures", entry.measures());
        addIfPresent(lines, entry.type().equals("STATUS_NOTE") ? null : "commitmentPage.note", entry.notes());
        CommitmentDetail.Retraction retraction = entry.retracted();
        return new CommitmentPage.ReportLine(entry.occurredOn().toString(), what(entry), lines, person(entry.reportedBy(), own),
                minute(entry.recordedAt()), retraction != null,
                retraction == null ? null : Wording.say("commitmentPage.retractedBy", minute(retraction.at()),
                        person(retraction.by(), own), retraction.reason()));
    }

    private static String what(CommitmentDetail.Entry entry) {
        return switch (entry.type()) {
            case "MILESTONE" -> Wording.say("commitmentPage.milestoneReached");
            case "STATUS_NOTE" -> Wording.say("commitmentPage.statusNote");
            default -> MeasureNames.report(entry.type(), entry.network(), entry.activityKind(), entry.count());
        };
    }

    CommitmentPage.ChangeLine changeLine(AuditEntry entry, AreasAndParties own) {
        String by = (entry.getUserName() == null ? entry.getUserId() : entry.getUserName())
                + " (" + String.join(", ", List.of(organisation(entry.getOrganisation(), own), role(entry.getRole())).stream()
                .filter(part -> !part.isEmpty()).toList()) + ")";
        return new CommitmentPage.ChangeLine(minute(entry.getRecordedAt()), by.replace(" ()", ""), changes.what(entry),
                changes.details(entry, own), entry.getReason());
    }

    private static String person(CommitmentDetail.Person person, AreasAndParties own) {
        if (person == null) {
            return "";
        }
        String name = person.name() == null ? person.userId() : person.name();
        String organisation = organisation(person.organisation(), own);
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }

    /**
     * "POLICE" or "HULTSFREDS_KOMMUN,LPO_VIMMERBY" as the metadata carries it, by the names the promise gives the
     * parties those organisations act as; an organisation acting in none of them by its code.
     */
    static String organisation(String organisation, AreasAndParties own) {
        return NameList.split(organisation).stream()
                .map(code -> own.organisationName(code).orElseGet(() -> Party.named(code)
                        .map(party -> Wording.say("progress.party." + party.name())).orElse(code)))
                .collect(Collectors.joining(" " + Wording.say("staff.and") + " "));
    }

    private static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case Roles.COORDINATOR, Roles.REPORTER, Roles.MANAGEMENT, Roles.NATIONAL_READER, Roles.SYSTEM ->
                    Wording.say("staff.role." + role);
            default -> role.toLowerCase();
        };
    }

    /** The value, said by the message {@code key}; as it stands without one. */
    private static void addIfPresent(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(key == null ? value : Wording.say(key, value));
        }
    }

    private String knownAtText(Instant knownAt) {
        return knownAt == null ? Wording.say("staff.now") : minute(knownAt);
    }

    private String minute(Instant instant) {
        return instant == null ? "" : instant.atZone(clock.getZone()).format(MINUTE);
    }

    /** A link that keeps the page's cut; knownAt only when one was chosen, so "now" stays now. */
    private static String href(String path, String id, LocalDate asOf, Instant knownAt) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (asOf != null) {
            link.queryParam("asOf", asOf);
        }
        if (knownAt != null) {
            link.queryParam("knownAt", knownAt.toString());
        }
        return link.buildAndExpand(id).encode().toUriString();
    }
}
