package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Progress said in plain words for the pages people read, in the reader's language (Swedish unless asked otherwise):
 * "Tistel har träffats 3 av 4 gånger", "64 av 100 platsbesök", "Klart 10 juni 2025"; in English "Tistel has met 3
 * of 4 times", "Done 10 June 2025". Dates are written out in that language.
 */
public final class ProgressInWords {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String DAY = "d MMMM yyyy";

    private ProgressInWords() {
    }

    /** "10 juni 2025", "10 June 2025"; empty for no date. */
    public static String date(LocalDate day) {
        Locale language = Wording.reader();
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern(DAY,
                language.getLanguage().equals(SWEDISH.getLanguage()) ? SWEDISH : language));
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

    /** "A", "A och B", "A, B och C" ("A, B and C"); empty for none. */
    public static String listed(List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return Wording.say("progress.listed", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** A count against its goal: "Tistel har träffats 3 av 4 gånger", "64 av 100 platsbesök". */
    public static String counted(Measure measure, int achieved, int of) {
        Locale language = Wording.reader();
        return switch (measure.report()) {
            case MEETING -> Wording.say(language, "progress.counted.meeting",
                    Wording.say(language, "progress.network." + measure.network().name() + ".subject"), achieved, of);
            case PLACE_VISIT, ACTIVITY -> Wording.say(language, "progress.counted", achieved, of,
                    MeasureNames.inSentence(measure, language));
        };
    }

    /** Periods with a report against the periods so far: "Lägesbilder 26 av 27 veckor", "Tistelmöten 5 av 6 månader". */
    public static String periods(Measure measure, Target.Period period, int covered, int of) {
        return Wording.say("progress.periods", MeasureNames.plural(measure), covered, of, periods(period, of));
    }

    /** "vecka" or "veckor", "månad" or "månader", by how many. */
    public static String periods(Target.Period period, int howMany) {
        return periods(period, howMany, Wording.reader());
    }

    /** "vecka" or "veckor" ... in {@code language}. */
    public static String periods(Target.Period period, int howMany, Locale language) {
        return Wording.say(language, "progress.period." + period.name() + (howMany == 1 ? ".one" : ".many"));
    }

    /**
     * A headline counter's name: "Tistelmöten", "Lägesbilder (veckor)" for a rhythm; in {@code language}, Swedish for
     * the API's label.
     *
     * @param period a rhythm's period; null for a count
     */
    public static String label(Measure measure, Target.Period period, Locale language) {
        return period == null ? MeasureNames.plural(measure, language)
                : Wording.say(language, "progress.headline.periods", MeasureNames.plural(measure, language),
                periods(period, 2, language));
    }

    /** A headline counter's name in the reader's language (its {@code label} is the API's, in Swedish). */
    public static String label(ProgressRules.Headline headline) {
        return label(headline.measure(), headline.type().equals("CADENCE") ? headline.period() : null, Wording.reader());
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
                return Wording.say("progress.reached", date(progress.reachedOn()), MilestoneNames.shown(deadline.milestone()));
            }
            return Wording.say(progress.status() == Status.OVERDUE ? "progress.overdue" : "progress.due",
                    date(deadline.dueOn()), MilestoneNames.shown(deadline.milestone()));
        }
        Target.Increase increase = (Target.Increase) target;
        String counted = Wording.say("progress.increase", progress.achieved(),
                MeasureNames.inSentence(increase.measure(), Wording.reader()));
        return progress.required() == null
                ? Wording.say("progress.increase.noBaseline", counted)
                : Wording.say("progress.increase.against", counted, progress.required());
    }

    /** What was to be expected by the date judged, for the dashboard: "24 väntade hittills"; empty when nothing is. */
    public static String expected(TargetProgress progress) {
        Target target = progress.target();
        if (target instanceof Target.Cadence cadence) {
            return progress.missing() == null || progress.missing() == 0
                    ? Wording.say("progress.expected.noneMissing", periods(cadence.period(), 1))
                    : Wording.say("progress.expected.missing", progress.missing(), periods(cadence.period(), progress.missing()));
        }
        if (target instanceof Target.Increase && progress.expected() != null) {
            return Wording.say("progress.expected.increase", progress.expected());
        }
        if (progress.expected() != null) {
            return Wording.say("progress.expected", progress.expected());
        }
        return "";
    }

    /**
     * An ongoing commitment (no target): what was done this year and when something was last reported: "Löpande
     * arbete: 37 orossamtal och 4 fotpatrulleringar, senast rapporterat 3 juni 2025".
     */
    public static String ongoing(LocalDate lastReportedOn, List<CommitmentProgress.Done> done) {
        if (lastReportedOn == null) {
            return Wording.say("progress.ongoing.nothingYet");
        }
        String what = done(done);
        return what.isEmpty() ? Wording.say("progress.ongoing.lastReported", date(lastReportedOn))
                : Wording.say("progress.ongoing.doneAndLastReported", what, date(lastReportedOn));
    }

    /** "37 orossamtal och 4 Tistelmöten"; empty when nothing was counted. */
    public static String done(List<CommitmentProgress.Done> done) {
        return listed(done.stream().map(kind -> MeasureNames.counted(kind.measure(), kind.count())).toList());
    }
}
