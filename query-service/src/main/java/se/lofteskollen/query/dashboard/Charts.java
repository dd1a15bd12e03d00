package se.lofteskollen.query.dashboard;

import se.lofteskollen.events.Target;
import se.lofteskollen.query.commitmentdetail.TargetCourse;
import se.lofteskollen.query.progress.MeasureNames;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.ProgressRules.Mark;
import se.lofteskollen.query.progress.ProgressRules.PacePoint;
import se.lofteskollen.query.progress.ProgressRules.PeriodMark;
import se.lofteskollen.query.progress.Wording;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The pictures of a commitment's page, worked out here and drawn by the template as inline SVG (nothing fetched,
 * no script): for a counted target its count week by week against the even pace to its number, for a rhythm a strip
 * of the year's weeks or months. Each comes with the same figures in words beside it.
 */
public final class Charts {

    static final int WIDTH = 640;
    static final int LEFT = 44;
    static final int RIGHT = 630;
    static final int TOP = 12;
    static final int BOTTOM = 172;

    /** One month's label on the time axis. */
    public record Tick(int x, String label) {
    }

    /** A counted target's course: its polyline and the pace's, the scale's top, and the same in words. */
    public record PaceChart(String title, String donePoints, String pacePoints, int targetY, int top, List<Tick> months,
                     String summary) {
    }

    /** One week or month of a rhythm's strip. */
    public record Cell(int x, int width, String mark, String title) {
    }

    public record PeriodStrip(String title, List<Cell> cells, String summary) {
    }

    private Charts() {
    }

    static List<PaceChart> paceCharts(List<TargetCourse> courses, int year) {
        List<PaceChart> charts = new ArrayList<>();
        for (TargetCourse course : courses) {
            if (course.target() instanceof Target.Count count && !course.pace().isEmpty()) {
                charts.add(paceChart(count, course.pace(), year));
            }
        }
        return charts;
    }

    static List<PeriodStrip> strips(List<TargetCourse> courses, int year) {
        List<PeriodStrip> strips = new ArrayList<>();
        for (TargetCourse course : courses) {
            if (course.target() instanceof Target.Cadence cadence && !course.periods().isEmpty()) {
                strips.add(strip(cadence, course.periods(), year));
            }
        }
        return strips;
    }

    private static PaceChart paceChart(Target.Count count, List<PacePoint> pace, int year) {
        PacePoint last = pace.get(pace.size() - 1);
        int top = Math.max(count.atLeast(), pace.stream().mapToInt(PacePoint::done).max().orElse(0));
        int days = Year.of(year).length();
        String done = pace.stream().map(point -> x(point.day(), year, days) + "," + y(point.done(), top))
                .collect(Collectors.joining(" "));
        // The even pace runs from nothing on 1 January to the whole number on 31 December.
        String even = LEFT + "," + BOTTOM + " " + RIGHT + "," + y(count.atLeast(), top);
        String summary = Wording.say("chart.pace", MeasureNames.counted(count.measure(), last.done()),
                ProgressInWords.date(last.day()), last.expected(), count.atLeast());
        return new PaceChart(MeasureNames.describe(count), done, even,
                y(count.atLeast(), top), top, months(year, days), summary);
    }

    private static PeriodStrip strip(Target.Cadence cadence, List<PeriodMark> periods, int year) {
        boolean weeks = cadence.period() == Target.Period.WEEK;
        int width = (RIGHT - LEFT) / periods.size();
        List<Cell> cells = new ArrayList<>();
        int covered = 0;
        int ended = 0;
        for (int i = 0; i < periods.size(); i++) {
            PeriodMark period = periods.get(i);
            covered += period.mark() == Mark.COVERED || period.mark() == Mark.RUNNING_COVERED ? 1 : 0;
            ended += period.mark() == Mark.COVERED || period.mark() == Mark.MISSING ? 1 : 0;
            cells.add(new Cell(LEFT + i * width, width - 1, period.mark().name(), name(period, weeks) + ": "
                    + Wording.say("chart." + words(period.mark()))));
        }
        long missing = periods.stream().filter(period -> period.mark() == Mark.MISSING).count();
        String summary = Wording.say("chart.strip", covered, Wording.say(weeks ? "chart.weeks" : "chart.months"),
                missing, ended);
        return new PeriodStrip(Wording.say(weeks ? "chart.weekByWeek" : "chart.monthByMonth",
                MeasureNames.plural(cadence.measure())), cells, summary);
    }

    private static String name(PeriodMark period, boolean weeks) {
        if (weeks) {
            return Wording.say("chart.week", period.first().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    period.first().getDayOfMonth() + " " + month(period.first().getMonth()),
                    period.last().getDayOfMonth() + " " + month(period.last().getMonth()));
        }
        String name = period.first().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language());
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** The message (chart.*) saying how a period stands. */
    private static String words(Mark mark) {
        switch (mark) {
            case COVERED:
            case RUNNING_COVERED:
                return "covered";
            case MISSING:
                return "missing";
            case RUNNING:
                return "running";
            default:
                return "ahead";
        }
    }

    private static List<Tick> months(int year, int days) {
        List<Tick> ticks = new ArrayList<>();
        for (Month month : Month.values()) {
            ticks.add(new Tick(x(LocalDate.of(year, month, 1).minusDays(1), year, days), month(month)));
        }
        return ticks;
    }

    private static String month(Month month) {
        return month.getDisplayName(TextStyle.SHORT_STANDALONE, language()).replace(".", "");
    }

    /** Month names in the reader's language, Swedish as Sweden writes them. */
    private static Locale language() {
        Locale reader = Wording.reader();
        return reader.getLanguage().equals(ProgressInWords.SWEDISH.getLanguage()) ? ProgressInWords.SWEDISH : reader;
    }

    /** The day's place on the time axis: 31 December of the year before at the left edge, 31 December at the right. */
    private static int x(LocalDate day, int year, int days) {
        int elapsed = day.getYear() < year ? 0 : day.getDayOfYear();
        return LEFT + (int) Math.round((double) (RIGHT - LEFT) * elapsed / days);
    }

    private static int y(int value, int top) {
        return BOTTOM - (int) Math.round((double) (BOTTOM - TOP) * value / Math.max(1, top));
    }
}
