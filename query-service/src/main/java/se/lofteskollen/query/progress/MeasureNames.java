package se.lofteskollen.query.progress;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.ReportType;
import se.lofteskollen.events.Target;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What measures and targets are called in what people read (Swedish), and a stable key for machines. */
public final class MeasureNames {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

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
        return switch (measure.report()) {
            case MEETING -> switch (measure.network()) {
                case TISTEL -> "Tistelmöten";
                case SIG -> "SIG-möten";
                case BOB_RAD -> "Bob-rådsmöten";
                case SSPF -> "SSPF-möten";
                case OTHER -> "Nätverksmöten";
            };
            case PLACE_VISIT -> "Platsbesök";
            case ACTIVITY -> switch (measure.activity()) {
                case FOOT_PATROL -> "Fotpatrulleringar";
                case CONCERN_TALK -> "Orossamtal";
                case CITIZEN_DIALOGUE -> "Medborgardialoger";
                case SITUATION_PICTURE -> "Lägesbilder";
                case OTHER -> "Aktiviteter";
            };
        };
    }

    /**
     * What one report was, as its row names it ({@code report_view.report_type}, {@code network},
     * {@code activity_kind}, its count): "Möte: Tistel", "Platsbesök", "Orossamtal × 3".
     */
    public static String report(String type, String network, String activityKind, Integer count) {
        return switch (type) {
            case "MEETING" -> "Möte: " + Network.valueOf(network).swedishName();
            case "PLACE_VISIT" -> "Platsbesök";
            case "ACTIVITY" -> ActivityKind.valueOf(activityKind).swedishName()
                    + (count != null && count != 1 ? " × " + count : "");
            default -> type;
        };
    }

    /** One of them: "Tistelmöte", "Platsbesök", "Fotpatrullering". */
    public static String singular(Measure measure) {
        return switch (measure.report()) {
            case MEETING -> plural(measure).substring(0, plural(measure).length() - 1);
            case PLACE_VISIT -> "Platsbesök";
            case ACTIVITY -> switch (measure.activity()) {
                case FOOT_PATROL -> "Fotpatrullering";
                case CONCERN_TALK -> "Orossamtal";
                case CITIZEN_DIALOGUE -> "Medborgardialog";
                case SITUATION_PICTURE -> "Lägesbild";
                case OTHER -> "Aktivitet";
            };
        };
    }

    /** "1 Tistelmöte", "37 orossamtal": meetings keep their network's capital. */
    public static String counted(Measure measure, int count) {
        String name = count == 1 ? singular(measure) : plural(measure);
        return count + " " + (measure.report() == ReportType.MEETING ? name
                : name.toLowerCase(SWEDISH));
    }

    public static String describe(Target target) {
        if (target instanceof Target.Count count) {
            return "Minst " + count.atLeast() + " " + plural(count.measure()).toLowerCase() + " under året";
        }
        if (target instanceof Target.Cadence cadence) {
            return plural(cadence.measure()) + " varje " + ProgressInWords.periods(cadence.period(), 1);
        }
        if (target instanceof Target.Deadline deadline) {
            return "Delmål \"" + deadline.milestone() + "\" senast " + deadline.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        Target.Increase increase = (Target.Increase) target;
        return "Fler " + plural(increase.measure()).toLowerCase() + " än året före";
    }
}
