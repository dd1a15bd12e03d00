package se.lofteskollen.command.reportform;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.lofteskollen.platform.pages.PageWords;

/**
 * What the form says after a report was stored, in the language the report was sent in.
 *
 * @param reportId the report's id, for reference
 * @param position the event's position in the event store: once the query side has passed it, the report counts
 *                 there (shown in the page for clients that want to wait for it)
 */
record Confirmation(String message, String reportId, long position) implements Serializable {

    static String text(ReportForm form, List<String> codes, PageWords words) {
        String day = ReportKind.valueOf(form.getKind()).dated() ? words.day(LocalDate.parse(form.getDate())) : null;
        String code = words.listed(codes);
        String number = codes.size() == 1 ? "one" : "many";
        return switch (ReportKind.valueOf(form.getKind())) {
            case PLACE_VISIT -> words.say("reportform.confirmation.PLACE_VISIT", form.getPlaceName(), day, code);
            case ACTIVITY -> words.say("reportform.confirmation.ACTIVITY." + number,
                    words.say("reportform.activityKind." + form.getActivityKind()),
                    form.getCount() == null || form.getCount().equals("1") ? ""
                            : words.say("reportform.confirmation.count", form.getCount()),
                    day, code);
            case MEETING -> words.say("reportform.confirmation.MEETING." + number,
                    words.say("reportform.network." + form.getNetwork()), day, form.getParticipants(), code);
            case MILESTONE -> words.say("reportform.confirmation.MILESTONE", form.getMilestone(), code, day);
            case STATUS_NOTE -> words.say("reportform.confirmation.STATUS_NOTE", code);
        };
    }
}
