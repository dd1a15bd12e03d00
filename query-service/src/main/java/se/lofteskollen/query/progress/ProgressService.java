package se.lofteskollen.query.progress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lofteskollen.query.promise.AreasAndParties;
import se.lofteskollen.query.promise.AreasAndPartiesReader;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.web.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress of a promise or one commitment, from the read model, by {@link ProgressRules}. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final PromiseViewRepository promises;
    private final AreasAndPartiesReader areasAndParties;
    private final CommitmentFactsReader facts;
    private final TodaysProgress todays;
    private final PromiseChanges changes;
    private final Clock clock;

    public ProgressService(PromiseViewRepository promises, AreasAndPartiesReader areasAndParties,
                           CommitmentFactsReader facts, TodaysProgress todays, PromiseChanges changes, Clock clock) {
        this.changes = changes;
        this.promises = promises;
        this.areasAndParties = areasAndParties;
        this.facts = facts;
        this.todays = todays;
        this.clock = clock;
    }

    /** The rules for a promise year, with asOf defaulting to today and knownAt to now. */
    public ProgressRules rules(int year, LocalDate asOf, Instant knownAt) {
        return new ProgressRules(year, asOf != null ? asOf : LocalDate.now(clock), knownAt != null ? knownAt : clock.instant());
    }

    public PromiseView promise(String promiseId) {
        return promises.findById(promiseId).orElseThrow(() -> new NotFound("no promise " + promiseId));
    }

    public PromiseProgress ofPromise(String promiseId, LocalDate asOf, Instant knownAt) {
        if (knownAt == null) {
            LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
            return todays.of(promiseId, day, () -> workOut(promiseId, day, null)).knownAt(clock.instant());
        }
        return workOut(promiseId, asOf, knownAt);
    }

    /** The change numbers of many promises in one query: each moves whenever that promise's read models change. */
    public Map<String, Long> changeNumbers(Collection<String> promiseIds) {
        return changes.changed(promiseIds);
    }

    /**
     * Today's progress of a promise worked out afresh and not kept: for callers that keep something smaller of it
     * (the roll-up keeps a few numbers per promise, not the whole answer).
     */
    public PromiseProgress workedOutToday(String promiseId) {
        return workOut(promiseId, LocalDate.now(clock), null);
    }

    private PromiseProgress workOut(String promiseId, LocalDate asOf, Instant knownAt) {
        PromiseView promise = promise(promiseId);
        ProgressRules rules = rules(promise.getYear(), asOf, knownAt);
        List<CommitmentFacts> commitments = facts.ofPromise(promiseId, knownAt);
        List<CommitmentProgress> evaluated = commitments.stream().map(rules::evaluate)
                .flatMap(Optional::stream).toList();
        AreasAndParties own = areasAndParties.of(promiseId);
        // The promise's areas in its order first; an area it does not name (never expected) after them.
        Map<String, List<CommitmentProgress>> byArea = new LinkedHashMap<>();
        own.areaCodes().forEach(code -> byArea.put(code, new ArrayList<>()));
        evaluated.forEach(commitment -> byArea.computeIfAbsent(commitment.priorityArea(), area -> new ArrayList<>())
                .add(commitment));
        List<PromiseProgress.Area> areas = byArea.entrySet().stream()
                .filter(area -> !area.getValue().isEmpty())
                .map(area -> new PromiseProgress.Area(area.getKey(), own.area(area.getKey()).name(),
                        List.copyOf(area.getValue())))
                .toList();
        return new PromiseProgress(promise.getPromiseId(), promise.getYear(), promise.getTitle(), rules.asOf(),
                rules.knownAt(), rules.daysElapsed(), rules.daysInYear(), rules.headlines(commitments), own.parties(),
                areas, ProgressRules.summarise(evaluated, own.areaCodes(), own.partyCodes()));
    }

    /** The rules for a promise's year; empty when the promise is not in the read model. */
    public Optional<ProgressRules> rulesOfPromise(String promiseId, LocalDate asOf, Instant knownAt) {
        return promises.findById(promiseId).map(promise -> rules(promise.getYear(), asOf, knownAt));
    }
}
