package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Target;
import se.lofteskollen.query.progress.CommitmentFacts.Baseline;
import se.lofteskollen.query.progress.CommitmentFacts.Tally;
import se.lofteskollen.query.progress.CommitmentFacts.Version;
import se.lofteskollen.query.progress.CommitmentFacts.Withdrawal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The progress rules of DESIGN.md for one promise year, on one date (asOf) and as known at one instant
 * (knownAt). Pure: it sees only the facts it is given.
 *
 * <p>The two cuts:
 * <ul>
 *   <li>asOf is a date in the promise year (earlier dates become 1 January, later ones 31 December). A report,
 *       milestone or note counts when the day it happened is in the year and not after asOf.</li>
 *   <li>knownAt is an instant. Only what was recorded at or before it exists: reports, milestones, notes,
 *       retractions, the pledge, revisions, baselines and the withdrawal. A revision, a baseline or a withdrawal
 *       has no date of its own: once recorded it applies to the whole year, so the targets judged are those of
 *       the latest version recorded at or before knownAt, whatever asOf is.</li>
 * </ul>
 *
 * <p>"Days elapsed" counts asOf itself: 1 on 1 January, 365 (366 in a leap year) on 31 December.
 *
 * <p>This is the one place that decides what counts toward a target. Reports come as tallies (see
 * {@link Tally}): a tally counts when it was recorded by knownAt and its day is in the year up to asOf; a
 * retraction is a negative tally of its report's key, so a retraction known by knownAt takes the report away; and a
 * key that serves several commitments is counted once in a headline.
 */
public final class ProgressRules {

    /** An ongoing commitment is ACTIVE when something was reported in the 90 days ending on asOf. */
    public static final int ACTIVE_WITHIN_DAYS = 90;

    private final int year;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDate asOf;
    private final Instant knownAt;

    public ProgressRules(int year, LocalDate asOf, Instant knownAt) {
        Objects.requireNonNull(asOf, "asOf");
        this.year = year;
        this.firstDay = LocalDate.of(year, 1, 1);
        this.lastDay = LocalDate.of(year, 12, 31);
        this.asOf = asOf.isBefore(firstDay) ? firstDay : asOf.isAfter(lastDay) ? lastDay : asOf;
        this.knownAt = Objects.requireNonNull(knownAt, "knownAt");
    }

    public int year() {
        return year;
    }

    /** The date judged: the requested one, within the promise year. */
    public LocalDate asOf() {
        return asOf;
    }

    public Instant knownAt() {
        return knownAt;
    }

    public int daysElapsed() {
        return asOf.getDayOfYear();
    }

    public int daysInYear() {
        return Year.of(year).length();
    }

    /** floor(N × days elapsed / days in the year). */
    public int expectedCount(int atLeast) {
        return (int) ((long) atLeast * daysElapsed() / daysInYear());
    }

    /** The commitment's progress, or empty when it had not been pledged at knownAt. */
    public Optional<CommitmentProgress> evaluate(CommitmentFacts facts) {
        Version version = inForce(facts.versions());
        if (version == null) {
            return Optional.empty();
        }
        Baseline baseline = latestKnown(facts.baselines());
        Withdrawal withdrawal = facts.withdrawal() != null && known(facts.withdrawal().recordedAt())
                ? facts.withdrawal() : null;
        LocalDate lastReportedOn = lastReportedOn(facts);

        List<TargetProgress> targets = new ArrayList<>();
        for (Target target : version.targets()) {
            targets.add(evaluate(target, facts, baseline));
        }
        Status status;
        if (withdrawal != null) {
            status = Status.WITHDRAWN;
        } else if (targets.isEmpty()) {
            status = lastReportedOn != null && !lastReportedOn.isBefore(asOf.minusDays(ACTIVE_WITHIN_DAYS - 1))
                    ? Status.ACTIVE : Status.QUIET;
        } else {
            status = targets.stream().map(TargetProgress::status).reduce(Status.ACHIEVED, Status::worse);
        }
        return Optional.of(new CommitmentProgress(facts.commitmentId(), facts.code(), facts.priorityArea(),
                version.text(), version.responsible(), status, List.copyOf(targets),
                baseline == null ? null : baseline.value(), baseline == null ? null : baseline.basis(),
                lastReportedOn,
                withdrawal == null ? null : withdrawal.recordedAt(), withdrawal == null ? null : withdrawal.reason(),
                done(facts.tallies())));
    }

    /** Each kind reported, in the order first reported, counted as a COUNT target of it would count it. */
    private List<CommitmentProgress.Done> done(Collection<Tally> tallies) {
        Set<Measure> measures = new LinkedHashSet<>();
        tallies.stream().sorted(Comparator.comparing(Tally::occurredOn)).forEach(tally -> measures.add(tally.measure()));
        return measures.stream().map(measure -> new CommitmentProgress.Done(measure, countOf(measure, tallies)))
                .filter(done -> done.count() > 0).toList();
    }

    private TargetProgress evaluate(Target target, CommitmentFacts facts, Baseline baseline) {
        if (target instanceof Target.Count count) {
            int achieved = countOf(count.measure(), facts.tallies());
            int expected = expectedCount(count.atLeast());
            return new TargetProgress(target, "COUNT", count.atLeast(), achieved, expected, null, null,
                    countStatus(achieved, count.atLeast(), expected));
        }
        if (target instanceof Target.Cadence cadence) {
            Periods periods = periodsOf(cadence.measure(), cadence.period(), facts.tallies());
            return new TargetProgress(target, "CADENCE", periods.started(), periods.covered(), periods.ended(),
                    periods.missing(), null, periods.status());
        }
        if (target instanceof Target.Deadline deadline) {
            LocalDate reachedOn = reachedOn(deadline.milestone(), facts.milestones());
            Status status = reachedOn != null ? Status.DONE
                    : asOf.isAfter(deadline.dueOn()) ? Status.OVERDUE : Status.DUE;
            return new TargetProgress(target, "DEADLINE", 1, reachedOn != null ? 1 : 0, null, null, reachedOn, status);
        }
        Target.Increase increase = (Target.Increase) target;
        int achieved = countOf(increase.measure(), facts.tallies());
        if (baseline == null) {
            return new TargetProgress(target, "INCREASE", null, achieved, null, null, null, Status.NO_BASELINE);
        }
        int expected = expectedAboveBaseline(baseline.value());
        return new TargetProgress(target, "INCREASE", baseline.value(), achieved, expected, null, null,
                increaseStatus(achieved, baseline.value(), expected));
    }

    static Status countStatus(int achieved, int atLeast, int expected) {
        if (achieved >= atLeast) {
            return Status.ACHIEVED;
        }
        if (achieved >= expected) {
            return Status.ON_TRACK;
        }
        // 75 % of expected, in whole numbers: 4 × achieved ≥ 3 × expected.
        return 4L * achieved >= 3L * expected ? Status.AT_RISK : Status.BEHIND;
    }

    /** The smallest count that exceeds the baseline pro rata: floor(B × days elapsed / days in year) + 1. */
    public int expectedAboveBaseline(int baseline) {
        return (int) ((long) baseline * daysElapsed() / daysInYear()) + 1;
    }

    /**
     * ACHIEVED once the count exceeds the whole baseline; ON_TRACK when it exceeds the baseline pro rata;
     * AT_RISK when it is level with it (the pro-rata figure rounded down); BEHIND below that.
     */
    static Status increaseStatus(int achieved, int baseline, int expectedAbove) {
        if (achieved > baseline) {
            return Status.ACHIEVED;
        }
        if (achieved >= expectedAbove) {
            return Status.ON_TRACK;
        }
        return achieved >= expectedAbove - 1 ? Status.AT_RISK : Status.BEHIND;
    }

    /** Does this tally count on asOf, as known at knownAt? Recorded by then, of a day in the year up to asOf. */
    public boolean counts(Tally tally) {
        return known(tally.recordedAt()) && inYearUpToAsOf(tally.occurredOn());
    }

    /** What the reports of one key that count add up to: none left when every one of them was retracted. */
    private record Counted(LocalDate occurredOn, int reports, int quantity) {
        Counted plus(Counted other) {
            return new Counted(occurredOn, reports + other.reports, quantity + other.quantity);
        }
    }

    /**
     * The keys with reports that count (of one measure, or of any when null), each with the sum of its tallies that
     * count: a retraction known by knownAt cancels its report, one not yet known leaves it in.
     */
    private Collection<Counted> counted(Measure measure, Collection<Tally> tallies) {
        Map<String, Counted> byKey = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            if ((measure == null || measure.equals(tally.measure())) && counts(tally)) {
                byKey.merge(tally.key(), new Counted(tally.occurredOn(), tally.reports(), tally.quantity()), Counted::plus);
            }
        }
        return byKey.values().stream().filter(counted -> counted.reports() > 0).toList();
    }

    private int countOf(Measure measure, Collection<Tally> tallies) {
        return counted(measure, tallies).stream().mapToInt(Counted::quantity).sum();
    }

    private boolean known(Instant recordedAt) {
        return !recordedAt.isAfter(knownAt);
    }

    private boolean inYearUpToAsOf(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(asOf);
    }

    private Version inForce(List<Version> versions) {
        Version inForce = null;
        for (Version version : versions) {
            if (known(version.recordedAt())) {
                inForce = version;
            }
        }
        return inForce;
    }

    private Baseline latestKnown(List<Baseline> baselines) {
        Baseline latest = null;
        for (Baseline baseline : baselines) {
            if (known(baseline.recordedAt())) {
                latest = baseline;
            }
        }
        return latest;
    }

    private LocalDate reachedOn(String milestone, List<CommitmentFacts.Milestone> milestones) {
        String wanted = normalised(milestone);
        return milestones.stream()
                .filter(reached -> known(reached.recordedAt()) && inYearOrBeforeUpToAsOf(reached.reachedOn())
                        && normalised(reached.milestone()).equals(wanted))
                .map(CommitmentFacts.Milestone::reachedOn)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /** A milestone reached before the year began (a pre-study done in December) is still reached. */
    private boolean inYearOrBeforeUpToAsOf(LocalDate day) {
        return !day.isAfter(asOf);
    }

    private static String normalised(String milestone) {
        return milestone == null ? "" : milestone.trim().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv"));
    }

    private LocalDate lastReportedOn(CommitmentFacts facts) {
        Stream<LocalDate> reports = counted(null, facts.tallies()).stream().map(Counted::occurredOn);
        Stream<LocalDate> milestones = facts.milestones().stream()
                .filter(milestone -> known(milestone.recordedAt()) && inYearUpToAsOf(milestone.reachedOn()))
                .map(CommitmentFacts.Milestone::reachedOn);
        Stream<LocalDate> notes = facts.notes().stream()
                .filter(note -> known(note.recordedAt()) && inYearUpToAsOf(note.writtenOn()))
                .map(CommitmentFacts.Note::writtenOn);
        return Stream.of(reports, milestones, notes).flatMap(dates -> dates).max(LocalDate::compareTo).orElse(null);
    }

    // ---- the periods of a CADENCE target ----

    /**
     * The promise year's periods of a rhythm, each cut to the year: ISO weeks (Monday to Sunday; 2025's first is
     * 1–5 January, its last 29–31 December) or calendar months. A period has started when its first day in the year
     * is on or before asOf, and has ended when its last day in the year is. A started period is covered by a report
     * on any of its days up to asOf; only an ended period can be missing, so the period asOf falls in is never held
     * against anyone before it is over (or before 31 December, when the year is).
     */
    public record Periods(int started, int ended, int covered, int missing) {
        public Status status() {
            return missing == 0 ? Status.ON_TRACK : missing == 1 ? Status.AT_RISK : Status.BEHIND;
        }
    }

    private Periods periodsOf(Measure measure, Target.Period period, Collection<Tally> tallies) {
        Set<LocalDate> coveredStarts = new HashSet<>();
        counted(measure, tallies).forEach(counted -> coveredStarts.add(startOf(period, counted.occurredOn())));
        return periods(period, coveredStarts);
    }

    /** The first day of the week or month {@code day} falls in (a week's may lie in the year before). */
    static LocalDate startOf(Target.Period period, LocalDate day) {
        return period == Target.Period.WEEK ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
    }

    private static LocalDate next(Target.Period period, LocalDate start) {
        return period == Target.Period.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    Periods periods(Target.Period period, Set<LocalDate> coveredStarts) {
        int started = 0;
        int ended = 0;
        int covered = 0;
        int missing = 0;
        for (PeriodMark mark : marks(period, coveredStarts)) {
            if (mark.mark() == Mark.AHEAD) {
                break;
            }
            started++;
            covered += mark.mark() == Mark.COVERED || mark.mark() == Mark.RUNNING_COVERED ? 1 : 0;
            ended += mark.mark() == Mark.COVERED || mark.mark() == Mark.MISSING ? 1 : 0;
            missing += mark.mark() == Mark.MISSING ? 1 : 0;
        }
        return new Periods(started, ended, covered, missing);
    }

    /** How a period of a rhythm stands on asOf. */
    public enum Mark {
        /** Ended, with a report. */
        COVERED,
        /** Ended without one: held against the commitment. */
        MISSING,
        /** asOf falls in it, and it has a report already. */
        RUNNING_COVERED,
        /** asOf falls in it, with no report yet: not held against anyone before it ends. */
        RUNNING,
        /** Not started on asOf. */
        AHEAD
    }

    /** One week or month of a rhythm, cut to the year. */
    public record PeriodMark(LocalDate first, LocalDate last, Mark mark) {
    }

    /** Each period of the year for a rhythm: the 52-week strip (or twelve months) of a commitment's page. */
    public List<PeriodMark> periodMarks(CommitmentFacts facts, Target.Cadence cadence) {
        Set<LocalDate> coveredStarts = new HashSet<>();
        counted(cadence.measure(), facts.tallies())
                .forEach(counted -> coveredStarts.add(startOf(cadence.period(), counted.occurredOn())));
        return marks(cadence.period(), coveredStarts);
    }

    private List<PeriodMark> marks(Target.Period period, Set<LocalDate> coveredStarts) {
        List<PeriodMark> marks = new ArrayList<>();
        for (LocalDate start = startOf(period, firstDay); !start.isAfter(lastDay); start = next(period, start)) {
            LocalDate firstInYear = start.isBefore(firstDay) ? firstDay : start;
            LocalDate last = next(period, start).minusDays(1);
            LocalDate lastInYear = last.isAfter(lastDay) ? lastDay : last;
            boolean isCovered = coveredStarts.contains(start);
            Mark mark = firstInYear.isAfter(asOf) ? Mark.AHEAD
                    : lastInYear.isAfter(asOf) ? (isCovered ? Mark.RUNNING_COVERED : Mark.RUNNING)
                    : isCovered ? Mark.COVERED : Mark.MISSING;
            marks.add(new PeriodMark(firstInYear, lastInYear, mark));
        }
        return marks;
    }

    /** A counted target's count on one day, beside what its pace expects by then. */
    public record PacePoint(LocalDate day, int done, int expected) {
    }

    /**
     * A counted target's course through the year up to asOf, at the end of each week (and on asOf): what counted by
     * then, by the same rule as its figure, beside floor(N × days elapsed / days in the year). For the pace chart.
     */
    public List<PacePoint> pace(CommitmentFacts facts, Target.Count count) {
        List<Counted> counted = new ArrayList<>(counted(count.measure(), facts.tallies()));
        counted.sort(Comparator.comparing(Counted::occurredOn));
        List<PacePoint> points = new ArrayList<>();
        points.add(new PacePoint(firstDay.minusDays(1), 0, 0));
        int done = 0;
        int next = 0;
        for (LocalDate day = firstDay.with(DayOfWeek.SUNDAY); ; day = day.plusWeeks(1)) {
            LocalDate point = day.isAfter(asOf) ? asOf : day;
            while (next < counted.size() && !counted.get(next).occurredOn().isAfter(point)) {
                done += counted.get(next++).quantity();
            }
            points.add(new PacePoint(point, done,
                    (int) ((long) count.atLeast() * point.getDayOfYear() / daysInYear())));
            if (!point.isBefore(asOf)) {
                return points;
            }
        }
    }

    // ---- the promise as a whole ----

    /**
     * The headline counters: one per COUNT target (by measure and N) and one per CADENCE measure, over the
     * commitments in force and not withdrawn. A report that serves two commitments with the same target (a
     * Tistel meeting for 1.1 and 5.2) is counted once: its tallies' key is taken from the first of them.
     */
    public List<Headline> headlines(List<CommitmentFacts> commitments) {
        Map<String, HeadlineBuilder> builders = new LinkedHashMap<>();
        for (CommitmentFacts facts : commitments) {
            Version version = inForce(facts.versions());
            if (version == null || (facts.withdrawal() != null && known(facts.withdrawal().recordedAt()))) {
                continue;
            }
            for (Target target : version.targets()) {
                if (target instanceof Target.Count count) {
                    builders.computeIfAbsent("COUNT:" + MeasureNames.key(count.measure()) + ":" + count.atLeast(),
                                    key -> new HeadlineBuilder(key, "COUNT", count.measure(), count.atLeast(), null))
                            .add(facts.tallies());
                } else if (target instanceof Target.Cadence cadence) {
                    builders.computeIfAbsent("CADENCE:" + MeasureNames.key(cadence.measure()) + ":" + cadence.period(),
                                    key -> new HeadlineBuilder(key, "CADENCE", cadence.measure(), 0, cadence.period()))
                            .add(facts.tallies());
                }
            }
        }
        return builders.values().stream().map(HeadlineBuilder::build).toList();
    }

    /**
     * A counter such as "Tistelmöten 3 av 4" or "Lägesbilder: 26 av 27 veckor". Its label is the API's, in Swedish
     * whoever asks; a page names it in its reader's language (ProgressInWords.label).
     *
     * @param period a rhythm's period (weeks or months); null for a count
     */
    public record Headline(String key, String type, Measure measure, String label, int achieved, int of,
                           Target.Period period) {
    }

    private final class HeadlineBuilder {
        private final String key;
        private final String type;
        private final Measure measure;
        private final int atLeast;
        private final Target.Period period;
        /** The tallies of each key, as the first commitment serving the key brought them (the others hold the same). */
        private final Map<String, List<Tally>> byKey = new LinkedHashMap<>();

        HeadlineBuilder(String key, String type, Measure measure, int atLeast, Target.Period period) {
            this.key = key;
            this.type = type;
            this.measure = measure;
            this.atLeast = atLeast;
            this.period = period;
        }

        void add(List<Tally> tallies) {
            Map<String, List<Tally>> brought = new LinkedHashMap<>();
            tallies.stream().filter(tally -> measure.equals(tally.measure()))
                    .forEach(tally -> brought.computeIfAbsent(tally.key(), k -> new ArrayList<>()).add(tally));
            brought.forEach(byKey::putIfAbsent);
        }

        Headline build() {
            List<Tally> tallies = byKey.values().stream().flatMap(List::stream).toList();
            if (type.equals("COUNT")) {
                return new Headline(key, type, measure, ProgressInWords.label(measure, null, ProgressInWords.SWEDISH),
                        countOf(measure, tallies), atLeast, null);
            }
            Periods periods = periodsOf(measure, period, tallies);
            return new Headline(key, type, measure, ProgressInWords.label(measure, period, ProgressInWords.SWEDISH),
                    periods.covered(), periods.started(), period);
        }
    }

    /**
     * Counts of overall statuses over the commitments that are not withdrawn; a commitment that several parties
     * answer for counts under each.
     *
     * @param byPriorityArea by area code, the areas with a commitment counted, in the promise's order
     * @param byResponsible  by party code, the parties with a commitment counted, in the promise's order
     */
    public record Summary(int commitments,
                          int withdrawn,
                          Map<Status, Integer> byStatus,
                          Map<String, Map<Status, Integer>> byPriorityArea,
                          Map<String, Map<Status, Integer>> byResponsible) {
    }

    /** The summary, with areas and parties in the order they first come among the commitments. */
    public static Summary summarise(List<CommitmentProgress> commitments) {
        return summarise(commitments, List.of(), List.of());
    }

    /**
     * The summary, with areas and parties in the promise's order ({@code areaOrder}, {@code partyOrder}); a code
     * neither names comes after them.
     */
    public static Summary summarise(List<CommitmentProgress> commitments, List<String> areaOrder,
                                    List<String> partyOrder) {
        Map<Status, Integer> byStatus = emptyCounts();
        Map<String, Map<Status, Integer>> byArea = new LinkedHashMap<>();
        Map<String, Map<Status, Integer>> byResponsible = new LinkedHashMap<>();
        areaOrder.forEach(code -> byArea.put(code, null));
        partyOrder.forEach(code -> byResponsible.put(code, null));
        int counted = 0;
        int withdrawn = 0;
        for (CommitmentProgress commitment : commitments) {
            if (commitment.withdrawn()) {
                withdrawn++;
                continue;
            }
            counted++;
            byStatus.merge(commitment.status(), 1, Integer::sum);
            byArea.computeIfAbsent(commitment.priorityArea(), area -> emptyCounts())
                    .merge(commitment.status(), 1, Integer::sum);
            for (String party : commitment.responsible().stream().sorted().toList()) {
                byResponsible.computeIfAbsent(party, p -> emptyCounts()).merge(commitment.status(), 1, Integer::sum);
            }
        }
        // Only what was counted: the order's places that no commitment took go.
        byArea.values().removeIf(Objects::isNull);
        byResponsible.values().removeIf(Objects::isNull);
        return new Summary(counted, withdrawn, byStatus, byArea, byResponsible);
    }

    private static Map<Status, Integer> emptyCounts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.summarised()) {
            counts.put(status, 0);
        }
        return counts;
    }
}
