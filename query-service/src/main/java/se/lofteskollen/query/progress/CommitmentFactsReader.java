package se.lofteskollen.query.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.commitment.CommitmentBaseline;
import se.lofteskollen.query.commitment.CommitmentBaselineRepository;
import se.lofteskollen.query.commitment.CommitmentVersion;
import se.lofteskollen.query.commitment.CommitmentVersionRepository;
import se.lofteskollen.query.commitment.CommitmentView;
import se.lofteskollen.query.commitment.CommitmentViewRepository;
import se.lofteskollen.query.commitment.MilestoneView;
import se.lofteskollen.query.commitment.MilestoneViewRepository;
import se.lofteskollen.query.commitment.StatusNoteView;
import se.lofteskollen.query.commitment.StatusNoteViewRepository;
import se.lofteskollen.query.commitment.TargetsJson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the rows of the "commitments" read model into {@link CommitmentFacts} for the rules. */
@Component
public class CommitmentFactsReader {

    private final CommitmentViewRepository commitments;
    private final CommitmentVersionRepository versions;
    private final CommitmentBaselineRepository baselines;
    private final ReportTallies tallies;
    private final MilestoneViewRepository milestones;
    private final StatusNoteViewRepository notes;
    private final ObjectMapper json;

    public CommitmentFactsReader(CommitmentViewRepository commitments, CommitmentVersionRepository versions,
                                 CommitmentBaselineRepository baselines, ReportTallies tallies,
                                 MilestoneViewRepository milestones,
                                 StatusNoteViewRepository notes, ObjectMapper json) {
        this.commitments = commitments;
        this.versions = versions;
        this.baselines = baselines;
        this.tallies = tallies;
        this.milestones = milestones;
        this.notes = notes;
        this.json = json;
    }

    /** Every commitment of the promise, in code order, with the tallies known at {@code knownAt} (null: now). */
    public List<CommitmentFacts> ofPromise(String promiseId, Instant knownAt) {
        Map<String, List<CommitmentFacts.Tally>> talliesByCommitment = tallies.ofPromise(promiseId, knownAt);
        Map<String, List<CommitmentVersion>> versionsOf = versions.findByPromiseIdOrderByPosition(promiseId).stream()
                .collect(Collectors.groupingBy(CommitmentVersion::getCommitmentId));
        Map<String, List<CommitmentBaseline>> baselinesOf = baselines.findByPromiseIdOrderByPosition(promiseId).stream()
                .collect(Collectors.groupingBy(CommitmentBaseline::getCommitmentId));
        Map<String, List<MilestoneView>> milestonesOf = milestones.findByPromiseIdOrderByPosition(promiseId).stream()
                .collect(Collectors.groupingBy(MilestoneView::getCommitmentId));
        Map<String, List<StatusNoteView>> notesOf = notes.findByPromiseIdOrderByPosition(promiseId).stream()
                .collect(Collectors.groupingBy(StatusNoteView::getCommitmentId));

        return commitments.findByPromiseId(promiseId).stream()
                .sorted((a, b) -> CommitmentCodes.ORDER.compare(a.getCode(), b.getCode()))
                .map(commitment -> facts(commitment,
                        versionsOf.getOrDefault(commitment.getCommitmentId(), List.of()),
                        baselinesOf.getOrDefault(commitment.getCommitmentId(), List.of()),
                        talliesByCommitment.getOrDefault(commitment.getCommitmentId(), List.of()),
                        milestonesOf.getOrDefault(commitment.getCommitmentId(), List.of()),
                        notesOf.getOrDefault(commitment.getCommitmentId(), List.of())))
                .toList();
    }

    /** One commitment, with the tallies known at {@code knownAt} (null: now). */
    public CommitmentFacts of(CommitmentView commitment, Instant knownAt) {
        return facts(commitment,
                versions.findByCommitmentIdOrderByPosition(commitment.getCommitmentId()),
                baselines.findByCommitmentIdOrderByPosition(commitment.getCommitmentId()),
                tallies.ofCommitment(commitment.getPromiseId(), commitment.getCommitmentId(), knownAt),
                milestones.findByCommitmentIdOrderByPosition(commitment.getCommitmentId()),
                notes.findByCommitmentIdOrderByPosition(commitment.getCommitmentId()));
    }

    private CommitmentFacts facts(CommitmentView commitment, List<CommitmentVersion> versions,
                                  List<CommitmentBaseline> baselines, List<CommitmentFacts.Tally> tallies,
                                  List<MilestoneView> milestones, List<StatusNoteView> notes) {
        return new CommitmentFacts(commitment.getCommitmentId(), commitment.getCode(),
                commitment.getPriorityArea(),
                versions.stream().map(version -> new CommitmentFacts.Version(version.getRecordedAt(), version.getText(),
                        Set.copyOf(NameList.split(version.getResponsible())), targets(version.getTargets()), version.getReason())).toList(),
                baselines.stream().map(baseline -> new CommitmentFacts.Baseline(baseline.getRecordedAt(),
                        baseline.getValue(), baseline.getBasis())).toList(),
                commitment.getWithdrawnAt() == null ? null
                        : new CommitmentFacts.Withdrawal(commitment.getWithdrawnAt(), commitment.getWithdrawalReason()),
                tallies,
                milestones.stream().map(milestone -> new CommitmentFacts.Milestone(milestone.getMilestone(),
                        milestone.getReachedOn(), milestone.getRecordedAt())).toList(),
                notes.stream().map(note -> new CommitmentFacts.Note(note.getWrittenOn(), note.getRecordedAt())).toList());
    }

    public List<Target> targets(String targets) {
        return TargetsJson.read(json, targets);
    }
}
