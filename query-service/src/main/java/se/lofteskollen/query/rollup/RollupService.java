package se.lofteskollen.query.rollup;

import org.springframework.stereotype.Service;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentProgress;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.ProgressRules.Headline;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.progress.TargetProgress;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.rollup.Rollup.Comparison;
import se.lofteskollen.query.rollup.Rollup.Counted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The roll-up of a year from each signed promise's progress as its dashboard shows it today: each promise's is kept
 * until its own read models change, and their change numbers are read in one query, so a roll-up of hundreds of
 * promises works out again only those that changed since the last one.
 */
@Service
public class RollupService {

    static final String NO_REGION = "Ej angiven";
    private static final List<String> TARGET_KINDS = List.of("COUNT", "CADENCE", "DEADLINE", "INCREASE", "ONGOING");

    private final PromiseViewRepository promises;
    private final ProgressService progress;

    RollupService(PromiseViewRepository promises, ProgressService progress) {
        this.promises = promises;
        this.progress = progress;
    }

    /** The signed promises of the year: open data. */
    public Rollup of(int year) {
        return of(year, false);
    }

    /** @param unsignedToo the unsigned promises as well: for the national reader, who reads every promise */
    public Rollup of(int year, boolean unsignedToo) {
        Map<String, List<Rollup.Promise>> byRegion = new TreeMap<>(Comparator.comparing((String region) -> region.equals(NO_REGION))
                .thenComparing(Comparator.naturalOrder()));
        List<PromiseView> included = unsignedToo ? all(year) : signed(year);
        Map<String, PromiseProgress> today = progress.ofPromises(included.stream().map(PromiseView::getPromiseId).toList());
        for (PromiseView promise : included) {
            byRegion.computeIfAbsent(regionOf(promise), region -> new ArrayList<>())
                    .add(row(promise, today.get(promise.getPromiseId())));
        }
        List<Rollup.Region> regions = byRegion.entrySet().stream()
                .map(region -> new Rollup.Region(region.getKey(), region.getValue().stream()
                        .sorted(Comparator.comparing(Rollup.Promise::municipality, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList()))
                .toList();
        return new Rollup(year, regions.stream().mapToInt(region -> region.promises().size()).sum(), regions);
    }

    /** Every signed promise of the year that counts {@code kind} (e.g. {@code PLACE_VISIT}), most done first. */
    public Comparison compare(int year, String kind) {
        List<Comparison.Line> lines = new ArrayList<>();
        String label = kind;
        List<PromiseView> signed = signed(year);
        Map<String, PromiseProgress> today = progress.ofPromises(signed.stream().map(PromiseView::getPromiseId).toList());
        for (PromiseView promise : signed) {
            for (Headline headline : today.get(promise.getPromiseId()).headline()) {
                if (headline.type().equals("COUNT") && MeasureNames.key(headline.measure()).equals(kind)) {
                    label = MeasureNames.plural(headline.measure());
                    lines.add(new Comparison.Line(promise.getPromiseId(), promise.getMunicipality(), regionOf(promise),
                            headline.of(), headline.achieved(), percent(Math.min(headline.achieved(), headline.of()),
                            headline.of())));
                }
            }
        }
        lines.sort(Comparator.comparingInt(Comparison.Line::percent).reversed()
                .thenComparing(Comparison.Line::municipality, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Comparison(year, kind, label, List.copyOf(lines));
    }

    private List<PromiseView> signed(int year) {
        return all(year).stream().filter(promise -> promise.getSignedOn() != null).toList();
    }

    private List<PromiseView> all(int year) {
        return promises.findAllByOrderByYearDescPromiseIdAsc().stream().filter(promise -> promise.getYear() == year)
                .toList();
    }

    private Rollup.Promise row(PromiseView promise, PromiseProgress today) {
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
        return new Rollup.Promise(promise.getPromiseId(), promise.getMunicipality(), promise.getCounty(),
                promise.getPoliceArea(), promise.getTitle(), promise.getSignedOn(), commitments, withdrawn, byStatus, byKind,
                counted(today.headline()));
    }

    private static List<String> kindsOf(CommitmentProgress commitment) {
        if (commitment.targets().isEmpty()) {
            return List.of("ONGOING");
        }
        return commitment.targets().stream().map(TargetProgress::target).map(RollupService::kind).distinct().toList();
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

    private static Counted counted(List<Headline> headlines) {
        int targets = 0;
        int reached = 0;
        int promised = 0;
        int done = 0;
        for (Headline headline : headlines) {
            if (headline.type().equals("COUNT")) {
                targets++;
                reached += headline.achieved() >= headline.of() ? 1 : 0;
                promised += headline.of();
                done += Math.min(headline.achieved(), headline.of());
            }
        }
        return new Counted(targets, reached, promised, done, promised == 0 ? null : percent(done, promised));
    }

    private static int percent(int done, int of) {
        return of == 0 ? 0 : (int) Math.floor(100.0 * done / of);
    }

    private static String regionOf(PromiseView promise) {
        return promise.getPoliceRegion() == null || promise.getPoliceRegion().isBlank() ? NO_REGION
                : promise.getPoliceRegion();
    }
}
