package se.lofteskollen.command.reportform;

import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.events.text.TextRefused;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain's refusals of a report, said in Swedish for the form. The rules word their refusals in English
 * for API clients; the form recognises the refusals a report can meet and says what to do. One it does not
 * know is shown as the rule says it, rather than hidden.
 */
final class Refusals {

    private static final Pattern OUTSIDE_YEAR = Pattern.compile("lies outside the promise year (\\d{4})");

    private Refusals() {
    }

    static String swedish(Rejection rejection) {
        if (rejection.getCause() instanceof TextRefused refused) {
            return refused.swedish();
        }
        String message = rejection.getMessage() == null ? "" : rejection.getMessage();
        Matcher outsideYear = OUTSIDE_YEAR.matcher(message);
        if (outsideYear.find()) {
            String year = outsideYear.group(1);
            return "Datumet ligger utanför löftesåret " + year + ". Välj en dag under " + year + ".";
        }
        if (message.contains("lies in the future")) {
            return "Datumet ligger i framtiden. Rapportera det som redan har hänt.";
        }
        if (message.contains("was withdrawn and takes no reports")) {
            return "Löftet är återkallat och tar inte emot rapporter.";
        }
        if (message.contains("is closed")) {
            return "Löftesåret är avslutat och uppföljt. Det tar inte emot fler rapporter.";
        }
        if (message.startsWith("no commitment")) {
            return "Löftet finns inte. Välj ett löfte i listan.";
        }
        if (message.contains("already recorded with other content") || message.contains("already used by a record")) {
            return "Den här blanketten är redan skickad, med annat innehåll. Öppna en ny blankett för att rapportera något nytt.";
        }
        return "Rapporten nekades: " + message;
    }
}
