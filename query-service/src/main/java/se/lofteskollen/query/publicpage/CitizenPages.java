package se.lofteskollen.query.publicpage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.commitment.MilestoneView;
import se.lofteskollen.query.commitment.MilestoneViewRepository;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MilestoneNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the citizens' page from the progress read model, as of today and as known now. Only what was promised
 * and what came of it is copied over; reports are seen only as counts, milestones only by name and date.
 */
@Service
@Transactional(readOnly = true)
public class CitizenPages {

    private final ProgressService progress;
    private final PromiseViewRepository promises;
    private final MilestoneViewRepository milestones;
    private final ObjectMapper json;
    private final MessageSource messages;

    public CitizenPages(ProgressService progress, PromiseViewRepository promises, MilestoneViewRepository milestones,
                        ObjectMapper json, MessageSource messages) {
        this.progress = progress;
        this.promises = promises;
        this.milestones = milestones;
        this.json = json;
        this.messages = messages;
    }

    /** @throws se.lofteskollen.query.web.NotFound when there is no such promise */
    public CitizenPage page(String promiseId) {
        PromiseView promise = progress.promise(promiseId);
        PromiseProgress judged = progress.ofPromise(promiseId, null, null);
        Map<String, List<MilestoneView>> reached = milestones.findByPromiseIdOrderByPosition(promiseId).stream()
                .filter(milestone -> !milestone.getRecordedAt().isAfter(judged.knownAt())
                        && !milestone.getReachedOn().isAfter(judged.asOf()))
                .collect(Collectors.groupingBy(MilestoneView::getCommitmentId));

        List<CitizenPage.Area> areas = judged.areas().stream()
                .map(area -> new CitizenPage.Area(area.priorityArea(), area.name(), area.commitments().stream()
                        .map(commitment -> commitment(judged, commitment,
                                reached.getOrDefault(commitment.commitmentId(), List.of())))
                        .toList()))
                .toList();
        List<CitizenPage.StatusCount> summary = judged.summary().byStatus().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new CitizenPage.StatusCount(entry.getKey().swedishName(), entry.getKey().name(), entry.getValue()))
                .toList();
        // The same municipality's other signed years; another municipality's promise, or one not yet signed, is not
        // this promise's history (a draft is not public).
        List<CitizenPage.OtherYear> otherYears = promises.findAllByOrderByYearDescPromiseIdAsc().stream()
                .filter(other -> !other.getPromiseId().equals(promiseId) && other.getSignedOn() != null
                        && Objects.equals(other.getMunicipality(), promise.getMunicipality()))
                .map(other -> new CitizenPage.OtherYear(other.getPromiseId(), other.getYear()))
                .toList();

        Map<String, String> codes = judged.areas().stream().flatMap(area -> area.commitments().stream())
                .collect(Collectors.toMap(CommitmentProgress::commitmentId, CommitmentProgress::code));
        List<String> milestonesReached = reached.values().stream().flatMap(List::stream)
                .filter(milestone -> codes.containsKey(milestone.getCommitmentId()))
                .sorted(Comparator.comparing(MilestoneView::getReachedOn))
                .map(milestone -> ProgressInWords.date(milestone.getReachedOn()) + " · "
                        + codes.get(milestone.getCommitmentId()) + " " + MilestoneNames.shown(milestone.getMilestone()))
                .toList();

        return new CitizenPage(promise.getPromiseId(), promise.getYear(), promise.getTitle(),
                parties(judged), ProgressInWords.date(promise.getSignedOn()), signatories(promise),
                ProgressInWords.date(promise.getClosedOn()), promise.getClosingSummary(),
                ProgressInWords.date(judged.asOf()), judged.headline().stream().map(ProgressInWords::headline).toList(),
                judged.summary().commitments(), summary, judged.summary().withdrawn(), Status.WITHDRAWN.swedishName(),
                milestonesReached, areas, otherYears);
    }

    private static CitizenPage.Commitment commitment(PromiseProgress judged, CommitmentProgress commitment,
                                                     List<MilestoneView> reached) {
        List<String> sentences = new ArrayList<>();
        if (commitment.targets().isEmpty()) {
            sentences.add(ProgressInWords.ongoing(commitment.lastReportedOn(), commitment.done()));
        }
        for (TargetProgress target : commitment.targets()) {
            sentences.add(ProgressInWords.achieved(target));
        }
        // A milestone's name and day only: its notes are the staff's own. One that a deadline target names is
        // already said by that target's sentence ("Klart 20 maj 2025: ...").
        Set<String> deadlines = commitment.targets().stream().map(TargetProgress::target)
                .filter(Target.Deadline.class::isInstance).map(target -> normalised(((Target.Deadline) target).milestone()))
                .collect(Collectors.toSet());
        List<String> milestoneLines = reached.stream()
                .filter(milestone -> !deadlines.contains(normalised(milestone.getMilestone())))
                .map(milestone -> milestone.getMilestone() + " (" + ProgressInWords.date(milestone.getReachedOn()) + ")")
                .distinct()
                .toList();
        boolean withdrawn = commitment.status() == Status.WITHDRAWN;
        return new CitizenPage.Commitment(commitment.code(), ProgressInWords.parties(judged.responsibleFor(commitment)),
                commitment.text(), commitment.status().swedishName(), commitment.status().name(),
                withdrawn ? List.of() : sentences, milestoneLines, withdrawn ? commitment.withdrawalReason() : null);
    }

    private static String normalised(String milestone) {
        return milestone == null ? "" : milestone.trim().replaceAll("\\s+", " ").toLowerCase(ProgressInWords.SWEDISH);
    }

    /** No lead sentence when the promise names no party. */
    private static String parties(PromiseProgress judged) {
        String parties = ProgressInWords.promisedBy(judged.parties());
        return parties.isEmpty() ? null : parties;
    }

    private List<CitizenPage.Signer> signatories(PromiseView promise) {
        if (promise.getSignatories() == null) {
            return List.of();
        }
        try {
            List<CitizenPage.Signer> signers = new ArrayList<>();
            for (JsonNode signer : json.readTree(promise.getSignatories())) {
                String party = signer.path("party").asText(null);
                signers.add(new CitizenPage.Signer(signer.path("name").asText(""), signer.path("title").asText(""),
                        party == null ? "" : partyName(Party.valueOf(party))));
            }
            return signers;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored signatories are not readable", e);
        }
    }

    private String partyName(Party party) {
        return messages.getMessage("public.party." + party.name(), null, LocaleContextHolder.getLocale());
    }
}
