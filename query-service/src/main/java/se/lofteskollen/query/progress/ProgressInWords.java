package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Progress said in plain Swedish, for the pages people read: "Tistel har träffats 3 av 4 gånger",
 * "64 av 100 platsbesök", "Klart 10 juni 2025". Dates are written out, whatever language the browser asks for:
 * the pages are Swedish.
 */
public final class ProgressInWords {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private ProgressInWords() {
    }

    /** "10 juni 2025"; empty for no date. */
    public static String date(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /**
     * The parties by their names, in the order given: "Lokalpolisområde Västervik och Västerviks kommun", "A, B och C".
     */
    public static String parties(List<PromiseParty> parties) {
        return listed(parties.stream().map(PromiseParty::name).toList());
    }

    /** Who made the promise: the parties it names, by name ("A, B och C"); one without a name is left out. */
    public static String promisedBy(List<PromiseParty> parties) {
        return listed(parties.stream().map(PromiseParty::name).filter(name -> name != null && !name.isBlank()).toList());
    }

    /** "A", "A och B", "A, B och C"; empty for none. */
    public static String listed(List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    /** A count against its goal: "Tistel har träffats 3 av 4 gånger", "64 av 100 platsbesök". */
    public static String counted(Measure measure, int achieved, int of) {
        return switch (measure.report()) {
            case MEETING -> network(measure.network()) + " har träffats " + achieved + " av " + of + " gånger";
            case PLACE_VISIT -> achieved + " av " + of + " platsbesök";
            case ACTIVITY -> achieved + " av " + of + " " + MeasureNames.plural(measure).toLowerCase(SWEDISH);
        };
    }

    /** Periods with a report against the periods so far: "Lägesbilder 26 av 27 veckor", "Tistelmöten 5 av 6 månader". */
    public static String periods(Measure measure, Target.Period period, int covered, int of) {
        return MeasureNames.plural(measure) + " " + covered + " av " + of + " " + periods(period, of);
    }

    /** "vecka" or "veckor", "månad" or "månader", by how many. */
    public static String periods(Target.Period period, int howMany) {
        if (period == Target.Period.MONTH) {
            return howMany == 1 ? "månad" : "månader";
        }
        return howMany == 1 ? "vecka" : "veckor";
    }

    public static String headline(ProgressRules.Headline headline) {
        return headline.type().equals("CADENCE")
                ? periods(headline.measure(), headline.period(), headline.achieved(), headline.of())
                : counted(headline.measure(), headline.achieved(), headline.of());
    }

    /** What a target has come to on the date judged, in one sentence. */
    public static String achieved(TargetProgress progress) {
        Target target = progress.target();
        if (target instanceof Target.Count count) {
            return counted(count.measure(), progress.achieved(), count.atLeast());
        }
        if (target instanceof Target.Cadence cadence) {
            return periods(cadence.measure(), cadence.period(), progress.achieved(), progress.required());
        }
        if (target instanceof Target.Deadline deadline) {
            if (progress.reachedOn() != null) {
                return "Klart " + date(progress.reachedOn()) + ": " + deadline.milestone();
            }
            String due = progress.status() == Status.OVERDUE ? "Skulle ha varit klart senast " : "Ska vara klart senast ";
            return due + date(deadline.dueOn()) + ": " + deadline.milestone();
        }
        Target.Increase increase = (Target.Increase) target;
        String counted = progress.achieved() + " " + MeasureNames.plural(increase.measure()).toLowerCase(SWEDISH) + " hittills i år";
        return progress.required() == null
                ? counted + " (jämförelsetal för året före saknas)"
                : counted + ", mot " + progress.required() + " hela året före";
    }

    /** What was to be expected by the date judged, for the dashboard: "24 väntade hittills"; empty when nothing is. */
    public static String expected(TargetProgress progress) {
        Target target = progress.target();
        if (target instanceof Target.Cadence cadence) {
            return progress.missing() == null || progress.missing() == 0 ? "Ingen " + periods(cadence.period(), 1) + " saknas"
                    : progress.missing() + " " + periods(cadence.period(), progress.missing()) + " saknas";
        }
        if (target instanceof Target.Increase && progress.expected() != null) {
            return "Minst " + progress.expected() + " behövs hittills";
        }
        if (progress.expected() != null) {
            return progress.expected() + " väntade hittills";
        }
        return "";
    }

    /**
     * An ongoing commitment (no target): what was done this year and when something was last reported: "Löpande
     * arbete: 37 orossamtal och 4 fotpatrulleringar, senast rapporterat 3 juni 2025".
     */
    public static String ongoing(LocalDate lastReportedOn, List<CommitmentProgress.Done> done) {
        if (lastReportedOn == null) {
            return "Löpande arbete, inget rapporterat ännu";
        }
        String what = done(done);
        return "Löpande arbete" + (what.isEmpty() ? "" : ": " + what) + ", senast rapporterat " + date(lastReportedOn);
    }

    /** "37 orossamtal och 4 Tistelmöten"; empty when nothing was counted. */
    public static String done(List<CommitmentProgress.Done> done) {
        return listed(done.stream().map(kind -> MeasureNames.counted(kind.measure(), kind.count())).toList());
    }

    private static String network(Network network) {
        return switch (network) {
            case TISTEL -> "Tistel";
            case SIG -> "SIG";
            case BOB_RAD -> "Bob-rådet";
            case SSPF -> "SSPF";
            case OTHER -> "Nätverket";
        };
    }
}
