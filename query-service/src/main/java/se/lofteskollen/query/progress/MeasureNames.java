package se.lofteskollen.query.progress;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.events.Target;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What measures and targets are called in what people read (the reader's language, Swedish unless asked otherwise),
 * and a stable key for machines.
 */
public final class MeasureNames {

    private MeasureNames() {
    }

    public static String key(Measure measure) {
        return switch (measure.report()) {
            case MEETING -> "MEETING:" + measure.network();
            case PLACE_VISIT -> "PLACE_VISIT";
            case ACTIVITY -> "ACTIVITY:" + measure.activity();
        };
    }

    public static String plural(Measure measure) {
        return plural(measure, Wording.reader());
    }

    /** "Tistelmöten", "Platsbesök" in {@code language}: Swedish for what machines read (the API's labels). */
    public static String plural(Measure measure, Locale language) {
        return Wording.say(language, message(measure) + ".plural");
    }

    /**
     * What one report was, as its row names it ({@code report_view.report_type}, {@code network},
     * {@code activity_kind}, its count): "Möte: Tistel", "Platsbesök", "Orossamtal × 3".
     */
    public static String report(String type, String network, String activityKind, Integer count) {
        return switch (type) {
            case "MEETING" -> Wording.say("progress.report.meeting", network(Network.valueOf(network)));
            case "PLACE_VISIT" -> singular(Measure.placeVisits());
            case "ACTIVITY" -> count != null && count != 1
                    ? Wording.say("progress.report.times", activity(ActivityKind.valueOf(activityKind)), count)
                    : activity(ActivityKind.valueOf(activityKind));
            default -> type;
        };
    }

    /** A network as staff name it: "Tistel", "SIG (sociala insatsgrupper)". */
    public static String network(Network network) {
        return Wording.say("progress.network." + network.name());
    }

    /** One activity as staff call it: "Fotpatrullering", "Lägesbild (EST)". */
    public static String activity(ActivityKind kind) {
        return Wording.say("progress.activity." + kind.name());
    }

    /** One of them: "Tistelmöte", "Platsbesök", "Fotpatrullering". */
    public static String singular(Measure measure) {
        return Wording.say(message(measure) + ".one");
    }

    /** "1 Tistelmöte", "37 orossamtal": meetings keep their network's capital. */
    public static String counted(Measure measure, int count) {
        Locale language = Wording.reader();
        String name = count == 1 ? singular(measure) : plural(measure, language);
        return count + " " + (measure.report() == ReportType.MEETING ? name : name.toLowerCase(language));
    }

    public static String describe(Target target) {
        Locale language = Wording.reader();
        if (target instanceof Target.Count count) {
            return Wording.say(language, "progress.target.count", count.atLeast(), inSentence(count.measure(), language));
        }
        if (target instanceof Target.Cadence cadence) {
            return Wording.say(language, "progress.target.cadence", plural(cadence.measure(), language),
                    ProgressInWords.periods(cadence.period(), 1));
        }
        if (target instanceof Target.Deadline deadline) {
            return Wording.say(language, "progress.target.deadline", MilestoneNames.shown(deadline.milestone(), language),
                    deadline.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        Target.Increase increase = (Target.Increase) target;
        return Wording.say(language, "progress.target.increase", inSentence(increase.measure(), language));
    }

    /**
     * The plural within a sentence: lower case in Swedish ("minst 4 tistelmöten"); in English a network's meetings
     * keep the capital of the network's name ("at least 4 Tistel meetings").
     */
    static String inSentence(Measure measure, Locale language) {
        String plural = plural(measure, language);
        return measure.report() == ReportType.MEETING && !language.getLanguage().equals("sv") ? plural
                : plural.toLowerCase(language);
    }

    private static String message(Measure measure) {
        return switch (measure.report()) {
            case MEETING -> "progress.measure.MEETING." + measure.network().name();
            case PLACE_VISIT -> "progress.measure.PLACE_VISIT";
            case ACTIVITY -> "progress.measure.ACTIVITY." + measure.activity().name();
        };
    }
}
