package se.lofteskollen.query.commitmentdetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.commitment.CommitmentBaseline;
import se.lofteskollen.query.commitment.CommitmentBaselineRepository;
import se.lofteskollen.query.commitment.CommitmentVersion;
import se.lofteskollen.query.commitment.CommitmentVersionRepository;
import se.lofteskollen.query.commitment.CommitmentView;
import se.lofteskollen.query.commitment.CommitmentViewRepository;
import se.lofteskollen.query.commitment.MilestoneViewRepository;
import se.lofteskollen.query.commitment.ReportRetraction;
import se.lofteskollen.query.commitment.ReportRetractionRepository;
import se.lofteskollen.query.commitment.ReportView;
import se.lofteskollen.query.commitment.ReportViewRepository;
import se.lofteskollen.query.commitment.StatusNoteViewRepository;
import se.lofteskollen.query.progress.CommitmentFacts;
import se.lofteskollen.query.progress.CommitmentFactsReader;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.ProgressRules;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.promise.AreasAndParties;
import se.lofteskollen.query.promise.AreasAndPartiesReader;
import se.lofteskollen.query.web.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One commitment as known at knownAt, with its progress on asOf and every report, milestone and note: what the
 * query API answers and the dashboard's commitment page shows, composed once.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentDetails {

    private final CommitmentViewRepository commitments;
    private final CommitmentVersionRepository versions;
    private final CommitmentBaselineRepository baselines;
    private final ReportViewRepository reports;
    private final ReportRetractionRepository retractions;
    private final MilestoneViewRepository milestones;
    private final StatusNoteViewRepository notes;
    private final CommitmentFactsReader facts;
    private final ProgressService progress;
    private final AreasAndPartiesReader areasAndParties;
    private final Clock clock;

    public CommitmentDetails(CommitmentViewRepository commitments, CommitmentVersionRepository versions,
                             CommitmentBaselineRepository baselines, ReportViewRepository reports,
                             ReportRetractionRepository retractions, MilestoneViewRepository milestones,
                             StatusNoteViewRepository notes, CommitmentFactsReader facts, ProgressService progress,
                             AreasAndPartiesReader areasAndParties, Clock clock) {
        this.commitments = commitments;
        this.versions = versions;
        this.baselines = baselines;
        this.reports = reports;
        this.retractions = retractions;
        this.milestones = milestones;
        this.notes = notes;
        this.facts = facts;
        this.progress = progress;
        this.areasAndParties = areasAndParties;
        this.clock = clock;
    }

    /** @throws NotFound when there is no such commitment, or it had not been pledged at knownAt */
    public CommitmentDetail of(String commitmentId, LocalDate asOf, Instant knownAt) {
        CommitmentView commitment = commitments.findById(commitmentId)
                .orElseThrow(() -> new NotFound("no commitment " + commitmentId));
        Instant known = knownAt != null ? knownAt : clock.instant();
        CommitmentVersion version = versions.findByCommitmentIdOrderByPosition(commitmentId).stream()
                .filter(candidate -> !candidate.getRecordedAt().isAfter(known))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new NotFound("commitment " + commitmentId + " had not been pledged at " + known));
        CommitmentBaseline baseline = baselines.findByCommitmentIdOrderByPosition(commitmentId).stream()
                .filter(candidate -> !candidate.getRecordedAt().isAfter(known))
                .reduce((earlier, later) -> later).orElse(null);
        ProgressRules rules = progress.rulesOfPromise(commitment.getPromiseId(), asOf, known).orElse(null);
        CommitmentProgress judged = rules == null ? null : rules.evaluate(facts.of(commitment, knownAt)).orElse(null);
        boolean withdrawn = commitment.getWithdrawnAt() != null && !commitment.getWithdrawnAt().isAfter(known);
        AreasAndParties own = areasAndParties.of(commitment.getPromiseId());
        Set<String> responsible = Set.copyOf(NameList.split(version.getResponsible()));

        return new CommitmentDetail(commitment.getCommitmentId(), commitment.getPromiseId(), commitment.getCode(),
                commitment.getPriorityArea(), own.area(commitment.getPriorityArea()).name(), responsible,
                own.partiesOf(responsible), version.getText(),
                facts.targets(version.getTargets()), commitment.getPledgedAt(),
                version.getReason() == null ? null : version.getRecordedAt(),
                withdrawn ? new CommitmentDetail.Withdrawal(commitment.getWithdrawnAt(), commitment.getWithdrawalReason()) : null,
                baseline == null ? null : new CommitmentDetail.Baseline(baseline.getValue(), baseline.getBasis(),
                        baseline.getRecordedAt()),
                rules == null ? asOf : rules.asOf(), known, judged, entries(commitmentId, known));
    }

    /**
     * The course of each of the commitment's targets in force at knownAt, up to asOf, by the same rules as its
     * figures ({@link ProgressRules#pace}, {@link ProgressRules#periodMarks}): for the charts of its page.
     */
    public List<TargetCourse> courses(String commitmentId, LocalDate asOf, Instant knownAt) {
        CommitmentView commitment = commitments.findById(commitmentId)
                .orElseThrow(() -> new NotFound("no commitment " + commitmentId));
        Instant known = knownAt != null ? knownAt : clock.instant();
        ProgressRules rules = progress.rulesOfPromise(commitment.getPromiseId(), asOf, known).orElse(null);
        if (rules == null) {
            return List.of();
        }
        CommitmentFacts ofCommitment = facts.of(commitment, knownAt);
        return rules.evaluate(ofCommitment).stream()
                .flatMap(judged -> judged.targets().stream())
                .map(target -> course(rules, ofCommitment, target.target()))
                .toList();
    }

    private static TargetCourse course(ProgressRules rules, CommitmentFacts facts, Target target) {
        if (target instanceof Target.Count count) {
            return new TargetCourse(target, rules.pace(facts, count), List.of());
        }
        if (target instanceof Target.Cadence cadence) {
            return new TargetCourse(target, List.of(), rules.periodMarks(facts, cadence));
        }
        return new TargetCourse(target, List.of(), List.of());
    }

    private List<CommitmentDetail.Entry> entries(String commitmentId, Instant known) {
        List<ReportView> served = reports.findServing(commitmentId).stream()
                .filter(report -> !report.getRecordedAt().isAfter(known)).toList();
        Map<String, ReportRetraction> retracted = retractions.findAllById(served.stream().map(ReportView::getReportId).toList())
                .stream().filter(retraction -> !retraction.getRecordedAt().isAfter(known))
                .collect(Collectors.toMap(ReportRetraction::getReportId, Function.identity()));
        List<CommitmentDetail.Entry> entries = new ArrayList<>();
        for (ReportView report : served) {
            ReportRetraction retraction = retracted.get(report.getReportId());
            entries.add(new CommitmentDetail.Entry(report.getReportId(), report.getReportType(), report.getOccurredOn(),
                    report.getRecordedAt(), CommitmentDetail.Person.of(report.getAuthor()), report.getNetwork(),
                    report.getActivityKind(), report.getReportType().equals("ACTIVITY") ? report.getQuantity() : null,
                    report.getParticipants(),
                    report.getPlaceName() == null ? null : new CommitmentDetail.PlaceAt(report.getPlaceName(),
                            report.getPlaceArea(), report.getPlaceLat(), report.getPlaceLon()),
                    report.getProblemPicture(), report.getMeasures(), null, report.getNotes(),
                    retraction == null ? null : new CommitmentDetail.Retraction(retraction.getRecordedAt(),
                            retraction.getReason(), CommitmentDetail.Person.of(retraction.getAuthor()))));
        }
        milestones.findByCommitmentIdOrderByPosition(commitmentId).stream()
                .filter(milestone -> !milestone.getRecordedAt().isAfter(known))
                .forEach(milestone -> entries.add(new CommitmentDetail.Entry(milestone.getId(), "MILESTONE",
                        milestone.getReachedOn(), milestone.getRecordedAt(), CommitmentDetail.Person.of(milestone.getAuthor()),
                        null, null, null, null, null, null, null, milestone.getMilestone(), milestone.getNotes(), null)));
        notes.findByCommitmentIdOrderByPosition(commitmentId).stream()
                .filter(note -> !note.getRecordedAt().isAfter(known))
                .forEach(note -> entries.add(new CommitmentDetail.Entry(note.getId(), "STATUS_NOTE", note.getWrittenOn(),
                        note.getRecordedAt(), CommitmentDetail.Person.of(note.getAuthor()), null, null, null, null, null,
                        null, null, null, note.getNote(), null)));
        entries.sort(Comparator.comparing(CommitmentDetail.Entry::occurredOn)
                .thenComparing(CommitmentDetail.Entry::recordedAt));
        return entries;
    }
}
