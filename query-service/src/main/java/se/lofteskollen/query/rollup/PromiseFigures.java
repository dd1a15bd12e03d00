package se.lofteskollen.query.rollup;

import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.ProgressRules.Headline;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.rollup.Rollup.Counted;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the roll-up needs of one promise's progress: a few numbers, where the whole answer holds every commitment
 * with its targets and texts (a hundred kilobytes and more). The roll-up keeps these for every promise of a year.
 *
 * @param countTargets the promise's counted targets' headlines, for comparing one kind across municipalities
 */
record PromiseFigures(int commitments, int withdrawn, Map<Status, Integer> byStatus, Map<String, Integer> byTargetKind,
                      Counted counted, List<Headline> countTargets) {

    private static final List<String> TARGET_KINDS = List.of("COUNT", "CADENCE", "DEADLINE", "INCREASE", "ONGOING");

    static PromiseFigures of(PromiseProgress today) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        TARGET_KINDS.forEach(kind -> byKind.put(kind, 0));
        int commitments = 0;
        int withdrawn = 0;
        for (PromiseProgress.Area area : today.areas()) {
            for (CommitmentProgress commitment : area.commitments()) {
                if (commitment.withdrawn()) {
                    withdrawn++;
                    continue;
                }
                commitments++;
                byStatus.merge(commitment.status(), 1, Integer::sum);
                kindsOf(commitment).forEach(kind -> byKind.merge(kind, 1, Integer::sum));
            }
        }
        List<Headline> countTargets = today.headline().stream().filter(headline -> headline.type().equals("COUNT"))
                .toList();
        return new PromiseFigures(commitments, withdrawn, Collections.unmodifiableMap(byStatus),
                Collections.unmodifiableMap(byKind), counted(countTargets),
                countTargets);
    }

    private static List<String> kindsOf(CommitmentProgress commitment) {
        if (commitment.targets().isEmpty()) {
            return List.of("ONGOING");
        }
        return commitment.targets().stream().map(TargetProgress::target).map(PromiseFigures::kind).distinct().toList();
    }

    private static String kind(Target target) {
        if (target instanceof Target.Count) {
            return "COUNT";
        }
        if (target instanceof Target.Cadence) {
            return "CADENCE";
        }
        return target instanceof Target.Deadline ? "DEADLINE" : "INCREASE";
    }

    private static Counted counted(List<Headline> countTargets) {
        int reached = 0;
        int promised = 0;
        int done = 0;
        for (Headline headline : countTargets) {
            reached += headline.achieved() >= headline.of() ? 1 : 0;
            promised += headline.of();
            done += Math.min(headline.achieved(), headline.of());
        }
        return new Counted(countTargets.size(), reached, promised, done, promised == 0 ? null : percent(done, promised));
    }

    static int percent(int done, int of) {
        return of == 0 ? 0 : (int) Math.floor(100.0 * done / of);
    }
}
