package se.lofteskollen.command.draft.page;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a target counts, as one form value ({@code PLACE_VISIT}, {@code MEETING:TISTEL}, {@code ACTIVITY:FOOT_PATROL},
 * the way the CSV import names the kinds of report). Its words are {@link CommitmentFormWords}'s.
 */
public final class Measures {

    /** A choice of what to count, as the page offers it. */
    public record Choice(String code, String words) {
    }

    /** Every kind of report a target may count, in the order the pages offer them. */
    static final List<Measure> MEASURES = measures();

    private Measures() {
    }

    public static String code(Measure measure) {
        return switch (measure.report()) {
            case PLACE_VISIT -> "PLACE_VISIT";
            case MEETING -> "MEETING:" + measure.network().name();
            case ACTIVITY -> "ACTIVITY:" + measure.activity().name();
        };
    }

    public static Optional<Measure> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals("PLACE_VISIT")) {
            return Optional.of(Measure.placeVisits());
        }
        try {
            if (code.startsWith("MEETING:")) {
                return Optional.of(Measure.meetingsOf(Network.valueOf(code.substring("MEETING:".length()))));
            }
            if (code.startsWith("ACTIVITY:")) {
                return Optional.of(Measure.activities(ActivityKind.valueOf(code.substring("ACTIVITY:".length()))));
            }
        } catch (IllegalArgumentException noSuchKind) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measures.add(Measure.placeVisits());
        for (Network network : Network.values()) {
            measures.add(Measure.meetingsOf(network));
        }
        for (ActivityKind kind : ActivityKind.values()) {
            measures.add(Measure.activities(kind));
        }
        return List.copyOf(measures);
    }
}
