package se.lofteskollen.query.progress;

import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Target;

import java.time.format.DateTimeFormatter;

/** What measures and targets are called in what people read (Swedish), and a stable key for machines. */
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
