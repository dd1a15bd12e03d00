package se.lofteskollen.query.rollup;

import org.springframework.stereotype.Service;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.ProgressRules.Headline;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.rollup.Rollup.Comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The roll-up of a year from each promise's figures as its dashboard shows them today ({@link RollupFigures} keeps
 * them per promise, worked out again when the promise changes).
 */
@Service
public class RollupService {

    static final String NO_REGION = "Ej angiven";

    private final PromiseViewRepository promises;
    private final RollupFigures figures;

    RollupService(PromiseViewRepository promises, RollupFigures figures) {
        this.promises = promises;
        this.figures = figures;
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
        Map<String, PromiseFigures> today = figures.of(included.stream().map(PromiseView::getPromiseId).toList());
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
        Map<String, PromiseFigures> today = figures.of(signed.stream().map(PromiseView::getPromiseId).toList());
        for (PromiseView promise : signed) {
            for (Headline headline : today.get(promise.getPromiseId()).countTargets()) {
                if (MeasureNames.key(headline.measure()).equals(kind)) {
                    label = MeasureNames.plural(headline.measure(), ProgressInWords.SWEDISH);
                    lines.add(new Comparison.Line(promise.getPromiseId(), promise.getMunicipality(), regionOf(promise),
                            headline.of(), headline.achieved(), PromiseFigures.percent(Math.min(headline.achieved(), headline.of()),
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
        return promises.findAllByYearOrderByPromiseIdAsc(year);
    }

    private static Rollup.Promise row(PromiseView promise, PromiseFigures figures) {
        return new Rollup.Promise(promise.getPromiseId(), promise.getMunicipality(), promise.getCounty(),
                promise.getPoliceArea(), promise.getTitle(), promise.getSignedOn(), figures.commitments(),
                figures.withdrawn(), figures.byStatus(), figures.byTargetKind(), figures.counted());
    }

    private static String regionOf(PromiseView promise) {
        return promise.getPoliceRegion() == null || promise.getPoliceRegion().isBlank() ? NO_REGION
                : promise.getPoliceRegion();
    }
}
