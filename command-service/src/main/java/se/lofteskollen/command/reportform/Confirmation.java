package se.lofteskollen.command.reportform;

import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the form says after a report was stored.
 *
 * @param reportId the report's id, for reference
 * @param position the event's position in the event store: once the query side has passed it, the report counts
 *                 there (shown in the page for clients that want to wait for it)
 */
record Confirmation(String message, String reportId, long position) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    static String text(ReportForm form, List<String> codes) {
        String day = LocalDate.parse(form.getDate()).format(DAY);
        String code = codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " och " + codes.get(codes.size() - 1);
        return switch (ReportKind.valueOf(form.getKind())) {
            case PLACE_VISIT -> "Platsbesöket vid " + form.getPlaceName() + " den " + day + " är sparat på löfte " + code + ".";
            case ACTIVITY -> ActivityKind.valueOf(form.getActivityKind()).swedishName()
                    + (form.getCount() == null || form.getCount().equals("1") ? "" : " (" + form.getCount() + " st)")
                    + " den " + day + " är sparad på " + (codes.size() == 1 ? "löfte " : "löftena ") + code + ".";
            case MEETING -> "Mötet i " + Network.valueOf(form.getNetwork()).swedishName() + " den " + day + " med "
                    + form.getParticipants() + " deltagare är sparat på " + (codes.size() == 1 ? "löfte " : "löftena ") + code + ".";
        };
    }
}
